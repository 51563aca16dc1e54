package id.ruangzi.reporting;

/**
 * One pokja's tasks on the readiness dashboard.
 *
 * @param pokjaId the pokja
 * @param areaCode its area, A to F
 * @param name its name
 * @param todo tasks not started
 * @param inProgress tasks in progress
 * @param done tasks finished
 * @param overdue open tasks past their due date
 */
public record DashboardPokja(long pokjaId, String areaCode, String name, int todo, int inProgress, int done,
		int overdue) {

}
