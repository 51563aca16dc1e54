package id.ruangzi.assessment;

import java.util.List;
import java.util.Objects;

import id.ruangzi.assessment.internal.AnswerWriter;
import id.ruangzi.assessment.internal.Programme;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.AnswerError;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes answers of the self-assessment: unit head, team lead and coordinators may,
 * until the programme is submitted. Every change is validated by the scoring engine,
 * recorded in the audit trail, and rescored into today's snapshot in the same
 * transaction.
 */
@Service
@Transactional
public class AnswerService {

	private final AssessmentApi assessment;

	private final AnswerWriter writer;

	AnswerService(AssessmentApi assessment, AnswerWriter writer) {
		this.assessment = assessment;
		this.writer = writer;
	}

	/**
	 * Sets an item's answer.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param answer the answer, checked against the item's type
	 * @return the programme's scores after the change
	 */
	public ScoreReport answer(CurrentUser user, long programmeId, String itemCode, Answer answer) {
		Programme programme = editable(user, programmeId, itemCode);
		ScoringEngine engine = this.assessment.engine(programme);
		List<AnswerError> errors = engine.validate(Worksheet.empty().with(itemCode, Objects.requireNonNull(answer)));
		if (!errors.isEmpty()) {
			throw new InvalidAnswerException(errors.get(0));
		}
		this.writer.write(programmeId, itemCode, answer, user.fullName());
		return rescore(programme);
	}

	/**
	 * Clears an item's answer, keeping its note: the item scores 0 again.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @return the programme's scores after the change
	 */
	public ScoreReport clear(CurrentUser user, long programmeId, String itemCode) {
		Programme programme = editable(user, programmeId, itemCode);
		knownItem(programme, itemCode);
		this.writer.write(programmeId, itemCode, null, user.fullName());
		return rescore(programme);
	}

	/**
	 * Saves an item's answer and note together, as the self-assessment pages send them:
	 * either both change or, when one is invalid, neither does.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param answer the answer, or null to clear it
	 * @param note the note, blank to remove it
	 * @param seen when the page showed the item: its last change as
	 * {@link AnswerWriter#stamp}, or null to skip the check (the API)
	 * @return the programme's scores after the change
	 */
	public ScoreReport save(CurrentUser user, long programmeId, String itemCode, Answer answer, String note,
			String seen) {
		if (seen != null && !seen.equals(this.writer.stamp(programmeId, itemCode))
				&& !this.writer.holds(programmeId, itemCode, answer, note)) {
			throw new StaleAnswerException(itemCode);
		}
		ScoreReport report = (answer != null) ? answer(user, programmeId, itemCode, answer)
				: clear(user, programmeId, itemCode);
		note(user, programmeId, itemCode, note);
		return report;
	}

	/**
	 * Sets the unit's note (catatan) on an item.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param note the note, blank to remove it
	 */
	public void note(CurrentUser user, long programmeId, String itemCode, String note) {
		Programme programme = editable(user, programmeId, itemCode);
		knownItem(programme, itemCode);
		if (note != null && note.length() > 4000) {
			throw new InvalidInputException(itemCode + ": the note has more than 4000 characters");
		}
		this.writer.note(programmeId, itemCode, (note == null || note.isBlank()) ? null : note.strip(),
				user.fullName());
	}

	Programme editable(CurrentUser user, long programmeId) {
		Programme programme = this.assessment.find(programmeId);
		UnitSummary unit = this.assessment.require(user, Action.VIEW, programme);
		if (!this.assessment.editScope(user, programme, unit).any()) {
			throw new ForbiddenException(Action.EDIT_ASSESSMENT + " on unit " + unit.code());
		}
		if (!programme.getStage().acceptsAnswers()) {
			throw new ConflictException(
					"programme " + programmeId + " is " + programme.getStage() + "; answers can no longer change");
		}
		return programme;
	}

	// A coordinator changes the items of their pokja's area only; the Hasil items belong
	// to
	// the unit head and team lead.
	Programme editable(CurrentUser user, long programmeId, String itemCode) {
		Programme programme = editable(user, programmeId);
		Item item = this.assessment.engine(programme)
			.template()
			.item(itemCode)
			.orElseThrow(() -> new InvalidInputException(itemCode + ": no such item in this programme's LKE"));
		EditScope scope = this.assessment.editScope(user, programme, this.assessment.unitOf(programme));
		if (!scope.covers(item.area())) {
			throw new ForbiddenException("item " + itemCode + " belongs to another pokja's area");
		}
		return programme;
	}

	/**
	 * @param user the signed-in user
	 * @param programme the programme
	 * @return what the user may change in it
	 */
	EditScope scope(CurrentUser user, Programme programme) {
		return this.assessment.editScope(user, programme, this.assessment.unitOf(programme));
	}

	private void knownItem(Programme programme, String itemCode) {
		if (this.assessment.engine(programme).template().item(itemCode).isEmpty()) {
			throw new InvalidInputException(itemCode + ": no such item in this programme's LKE");
		}
	}

	ScoreReport rescore(Programme programme) {
		UnitSummary unit = this.assessment.unitOf(programme);
		ScoreReport report = this.assessment.engine(programme)
			.score(this.assessment.worksheet(programme.getId()), this.assessment.held(unit));
		this.writer.snapshot(programme.getId(), report);
		return report;
	}

}
