package id.ruangzi.assessment;

/** The orders of a supervisor overview that SQL can sort by. */
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
	/** By the latest answer change, most recent first. */
	ACTIVITY("last_answered desc nulls last, ord");

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

	private static String flip(String key) {
		if (key.endsWith(" desc nulls last")) {
			return key.replace(" desc nulls last", " asc nulls last");
		}
		return key + " desc";
	}

}
