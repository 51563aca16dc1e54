package id.ruangzi.actionplan;

/**
 * A pokja's tasks over the whole programme, for the readiness report.
 *
 * @param pokjaId the pokja
 * @param done tasks finished (SELESAI)
 * @param inProgress tasks being worked on (PROSES)
 * @param notStarted tasks not started yet (BELUM)
 * @param overdue open tasks (BELUM or PROSES) past their due date today
 */
public record PokjaTaskTotals(long pokjaId, int done, int inProgress, int notStarted, int overdue) {

	public static PokjaTaskTotals none(long pokjaId) {
		return new PokjaTaskTotals(pokjaId, 0, 0, 0, 0);
	}

}
