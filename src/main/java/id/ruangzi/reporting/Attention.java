package id.ruangzi.reporting;

/** Why a unit of the supervisor overview needs attention. */
public enum Attention {

	/** No answer, task change or activity for 30 days. */
	NO_ACTIVITY,
	/** At least one task past its due date. */
	OVERDUE_TASKS,
	/** The latest total is below the total of 14 days earlier. */
	SCORE_FALLING

}
