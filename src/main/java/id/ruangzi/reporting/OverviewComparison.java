package id.ruangzi.reporting;

import java.util.List;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.PredicateReadiness;
import id.ruangzi.assessment.scoring.ScoreReport;

/**
 * Two to five programmes side by side.
 *
 * @param columns one column per programme, in the order asked for
 */
public record OverviewComparison(List<Column> columns) {

	public OverviewComparison {
		columns = List.copyOf(columns);
	}

	/**
	 * One programme of the comparison.
	 *
	 * @param programme the programme
	 * @param score its scores now
	 * @param readiness the gates of its target predicate
	 */
	public record Column(ProgrammeView programme, ScoreReport score, PredicateReadiness readiness) {
	}

}
