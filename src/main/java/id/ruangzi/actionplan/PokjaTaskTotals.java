package id.ruangzi.actionplan;

/**
 * A pokja's tasks today, for the readiness dashboard.
 *
 * @param pokjaId the pokja
 * @param todo tasks not started (BELUM)
 * @param inProgress tasks in progress (PROSES)
 * @param done tasks finished (SELESAI)
 * @param overdue open tasks past their due date (also counted as todo or in progress)
 */
public record PokjaTaskTotals(long pokjaId, int todo, int inProgress, int done, int overdue) {

	public static PokjaTaskTotals none(long pokjaId) {
		return new PokjaTaskTotals(pokjaId, 0, 0, 0, 0);
	}

}
