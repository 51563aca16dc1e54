package id.ruangzi.reporting;

import java.util.EnumSet;
import java.util.Set;

import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.organisation.UnitType;

/**
 * What the supervisor overview shows: the subtree, the year, filters and the order. Bound
 * from the query string of the page, the API and the recap.
 *
 * @param under the code of the unit whose subtree to show, or null for the whole scope
 * @param year the year, or null for the current year
 * @param q part of a unit's name or code, or null
 * @param type only units of this type, or null
 * @param stage only programmes in this stage, or null
 * @param target only programmes aiming for this predicate, or null
 * @param sort the order, null for the ranking
 * @param desc reverse the order (null for false)
 */
public record OverviewFilter(String under, Integer year, String q, UnitType type, Stage stage, Predicate target,
		StandingSort sort, Boolean desc) {

	// The orders whose own direction puts the largest value first (best score, most
	// overdue tasks, latest activity); the others run from the smallest or from A.
	private static final Set<StandingSort> HIGHEST_FIRST = EnumSet.of(StandingSort.RANK, StandingSort.PENGUNGKIT,
			StandingSort.OVERDUE, StandingSort.ACTIVITY);

	public OverviewFilter {
		under = blankToNull(under);
		q = blankToNull(q);
		sort = (sort != null) ? sort : StandingSort.RANK;
		desc = Boolean.TRUE.equals(desc);
	}

	/**
	 * Whether a click on a column header should reverse the order: only on the column the
	 * table is sorted by now; another column starts in its own direction.
	 * @param column the name of the column's order
	 * @return the {@code desc} of the header's link
	 */
	public boolean descAfterClick(String column) {
		return StandingSort.valueOf(column) == this.sort && !this.desc;
	}

	/**
	 * The {@code aria-sort} of a column header, so a screen reader says which column the
	 * table is sorted by and which way the values run.
	 * @param column the name of the column's order
	 * @return {@code ascending} or {@code descending} on the sorted column, else null (no
	 * attribute)
	 */
	public String ariaSort(String column) {
		if (StandingSort.valueOf(column) != this.sort) {
			return null;
		}
		return (HIGHEST_FIRST.contains(this.sort) != this.desc) ? "descending" : "ascending";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
