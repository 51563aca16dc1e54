package id.ruangzi.assessment;

import java.util.List;

import id.ruangzi.assessment.scoring.Predicate;

/**
 * Which programmes a supervisor overview asks for, and in which order.
 *
 * @param unitIds the units in scope, in the order {@link StandingSort#UNIT} lists them
 * @param groups a grouping label per unit (same length as unitIds), e.g. the parent's
 * code
 * @param year the year
 * @param stage only this stage, or null
 * @param target only this target, or null
 * @param sort the order
 * @param descending reverse the order
 */
public record StandingQuery(List<Long> unitIds, List<String> groups, int year, Stage stage, Predicate target,
		StandingSort sort, boolean descending) {

	public StandingQuery {
		unitIds = List.copyOf(unitIds);
		groups = List.copyOf(groups);
		if (unitIds.size() != groups.size()) {
			throw new IllegalArgumentException("one group per unit");
		}
		sort = (sort != null) ? sort : StandingSort.RANK;
	}

}
