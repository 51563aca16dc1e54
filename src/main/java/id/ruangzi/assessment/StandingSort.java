package id.ruangzi.assessment;

/**
 * The orders of a supervisor overview. SQL sorts by its own columns; the unit columns and
 * those other modules own are sorted by the caller, and SQL keeps the order of the unit
 * ids it is given ("ord"), reversed when descending.
 */
public enum StandingSort {

	/** By total, ties by Pengungkit, best first. */
	RANK("rank, ord"),
	/** By Pengungkit, best first. */
	PENGUNGKIT("pengungkit desc nulls last, ord"),
	/** In the order of the unit ids given: the caller sorts them by name. */
	UNIT("ord"),
	/** In the order of the unit ids given: the caller sorts them by type, then name. */
	TYPE("ord"),
	/** In the order of the unit ids given: the caller sorts them by parent, then name. */
	PARENT("ord"),
	/** By target predicate (WBK before WBBM). */
	TARGET("(target = 'WBBM'), ord"),
	/** By stage. */
	STAGE("stage, ord"),
	/**
	 * By the percent of the weakest change area in the latest snapshot, weakest first;
	 * programmes without a snapshot last.
	 */
	WEAKEST("weakest asc nulls last, ord"),
	/**
	 * In the order of the unit ids given: the caller sorts them by evidence coverage,
	 * lowest first.
	 */
	COVERAGE("ord"),
	/**
	 * In the order of the unit ids given: the caller sorts them by overdue tasks, most
	 * first.
	 */
	OVERDUE("ord"),
	/**
	 * In the order of the unit ids given: the caller sorts them by last activity (answer,
	 * task or activity), most recent first.
	 */
	ACTIVITY("ord"),
	/**
	 * In the order of the unit ids given: the caller sorts them by review status, in the
	 * order a review goes (not submitted, in review, returned, completed).
	 */
	REVIEW("ord");

	private final String sql;

	StandingSort(String sql) {
		this.sql = sql;
	}

	String sql(boolean descending) {
		if (!descending) {
			return this.sql;
		}
		return String.join(", ", java.util.Arrays.stream(this.sql.split(", ")).map(StandingSort::flip).toList());
	}

	// Nulls stay last both ways: a programme without scores is never the best or the
	// worst.
	private static String flip(String key) {
		if (key.endsWith(" desc nulls last")) {
			return key.substring(0, key.length() - " desc nulls last".length()) + " asc nulls last";
		}
		if (key.endsWith(" asc nulls last")) {
			return key.substring(0, key.length() - " asc nulls last".length()) + " desc nulls last";
		}
		return key + " desc";
	}

}
