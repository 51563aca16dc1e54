package id.ruangzi.assessment;

import java.util.Map;

import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.ScoreReport;

/**
 * Everything a self-assessment page shows of one programme, read in one go so that a page
 * runs a fixed number of SQL statements whatever the number of answers.
 *
 * @param programme the programme
 * @param template the LKE version it is bound to
 * @param score its scores and the gates of both predicates
 * @param answers the stored answers and notes by item code (unanswered items without a
 * note are absent)
 * @param mayEdit whether the user's role allows editing answers of this unit
 */
public record AssessmentSheet(ProgrammeView programme, LkeTemplate template, ScoreReport score,
		Map<String, ItemAnswerView> answers, boolean mayEdit) {

	public AssessmentSheet {
		answers = Map.copyOf(answers);
	}

	/**
	 * Whether the user may change answers now: their role allows it and the stage too.
	 */
	public boolean editable() {
		return this.mayEdit && this.programme.stage().acceptsAnswers();
	}

}
