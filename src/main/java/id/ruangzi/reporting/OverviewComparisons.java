package id.ruangzi.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Compares two to five programmes side by side. Each one is read through the assessment
 * facade, which answers 404 for a programme outside the user's scope; at most five, so
 * the number of statements stays bounded.
 */
@Service
public class OverviewComparisons {

	static final int MIN = 2;

	static final int MAX = 5;

	private final AssessmentApi assessment;

	OverviewComparisons(AssessmentApi assessment) {
		this.assessment = assessment;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeIds two to five programmes (repeats count once)
	 * @return the comparison
	 */
	public OverviewComparison compare(CurrentUser user, List<Long> programmeIds) {
		Set<Long> ids = new LinkedHashSet<>((programmeIds != null) ? programmeIds : List.of());
		if (ids.size() < MIN || ids.size() > MAX) {
			throw new InvalidInputException("compare needs 2 to 5 different programmes, got " + ids.size());
		}
		List<OverviewComparison.Column> columns = new ArrayList<>();
		for (long id : ids) {
			ProgrammeView programme = this.assessment.programme(user, id);
			ScoreReport score = this.assessment.score(user, id);
			columns.add(new OverviewComparison.Column(programme, score, score.readiness(programme.target())));
		}
		return new OverviewComparison(columns);
	}

}
