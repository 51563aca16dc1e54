package id.ruangzi.actionplan;

/**
 * The orders of a task list; ties are broken by due date, then id.
 */
public enum TaskSort {

	/** Earliest due date first, tasks without one last. */
	DUE,
	/** Highest priority first. */
	PRIORITY,
	/** Board order: BELUM, PROSES, SELESAI, BATAL. */
	STATUS,
	/** Alphabetical. */
	TITLE

}
