package id.ruangzi.reporting;

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

	public OverviewFilter {
		under = blankToNull(under);
		q = blankToNull(q);
		sort = (sort != null) ? sort : StandingSort.RANK;
		desc = Boolean.TRUE.equals(desc);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
