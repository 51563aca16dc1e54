package id.ruangzi.assessment;

import java.util.Map;

import id.ruangzi.assessment.scoring.Area;
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
 * @param scope what the user's role and pokja seats allow them to change
 */
public record AssessmentSheet(ProgrammeView programme, LkeTemplate template, ScoreReport score,
		Map<String, ItemAnswerView> answers, EditScope scope) {

	public AssessmentSheet {
		answers = Map.copyOf(answers);
	}

	/** Whether the user's role allows changing some answers of this programme. */
	public boolean mayEdit() {
		return this.scope.any();
	}

	/**
	 * Whether the user may change some answers now: their role allows it and the stage
	 * too.
	 */
	public boolean editable() {
		return mayEdit() && this.programme.stage().acceptsAnswers();
	}

	/**
	 * @param area an item's area, null for Hasil items
	 * @return whether the user may change answers of that area now
	 */
	public boolean editable(Area area) {
		return this.scope.covers(area) && this.programme.stage().acceptsAnswers();
	}

	/**
	 * @param sectionCode a page's section: an area letter, or anything else for Hasil
	 * @return whether the user may change the answers of that section now
	 */
	public boolean editableSection(String sectionCode) {
		boolean area = sectionCode != null && sectionCode.length() == 1 && sectionCode.charAt(0) >= 'A'
				&& sectionCode.charAt(0) <= 'F';
		return editable(area ? Area.valueOf(sectionCode) : null);
	}

}
