package id.ruangzi.assessment;

import java.util.Set;

import id.ruangzi.assessment.scoring.PredicateReadiness;

/**
 * A programme's gates for its target predicate, computed from its answers now.
 *
 * @param programmeId the programme
 * @param gates the gates of the target predicate
 * @param answeredItems the codes of the items answered
 */
public record ProgrammeReadiness(long programmeId, PredicateReadiness gates, Set<String> answeredItems) {

	public ProgrammeReadiness {
		answeredItems = Set.copyOf(answeredItems);
	}

}
