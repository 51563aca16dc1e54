package id.ruangzi.actionplan;

/**
 * A pokja's tasks over one month, for the coordinator report.
 *
 * @param pokjaId the pokja
 * @param planned tasks due in the month (cancelled ones not counted)
 * @param done tasks finished (SELESAI) in the month
 * @param overdue tasks due before the month's end (or today, for the current month) and
 * not finished by then
 */
public record PokjaTaskMonth(long pokjaId, int planned, int done, int overdue) {

	public static PokjaTaskMonth none(long pokjaId) {
		return new PokjaTaskMonth(pokjaId, 0, 0, 0);
	}

}
