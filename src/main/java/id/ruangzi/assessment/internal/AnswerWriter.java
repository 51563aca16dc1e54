package id.ruangzi.assessment.internal;

import java.util.Objects;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.ScoreReport;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores answers and notes with their audit trail. Runs inside the caller's transaction,
 * which has already checked permissions and validated the answer.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AnswerWriter {

	private final ItemAnswerRepository answers;

	private final AnswerHistory history;

	AnswerWriter(ItemAnswerRepository answers, AnswerHistory history) {
		this.answers = answers;
		this.history = history;
	}

	public void write(long programmeId, String itemCode, Answer answer, String by) {
		this.history.lock(programmeId);
		ItemAnswer row = this.answers.findByProgrammeIdAndItemCode(programmeId, itemCode)
			.orElseGet(() -> new ItemAnswer(programmeId, itemCode));
		String before = row.describe();
		row.set(answer, by);
		String after = row.describe();
		if (!Objects.equals(before, after)) {
			this.answers.saveAndFlush(row);
			this.history.recordChange(programmeId, itemCode, by, before, after);
		}
	}

	public void note(long programmeId, String itemCode, String note, String by) {
		this.history.lock(programmeId);
		ItemAnswer row = this.answers.findByProgrammeIdAndItemCode(programmeId, itemCode)
			.orElseGet(() -> new ItemAnswer(programmeId, itemCode));
		if (!Objects.equals(row.getNote(), note)) {
			row.setNote(note, by);
			this.answers.saveAndFlush(row);
		}
	}

	/**
	 * Whether the item already holds this answer and note: a second save of the same
	 * thing (a form sent twice, by Enter and by leaving the field) is no conflict.
	 */
	public boolean holds(long programmeId, String itemCode, Answer answer, String note) {
		ItemAnswer stored = this.answers.findByProgrammeIdAndItemCode(programmeId, itemCode)
			.orElseGet(() -> new ItemAnswer(programmeId, itemCode));
		ItemAnswer wanted = new ItemAnswer(programmeId, itemCode);
		wanted.set(answer, null);
		String normalised = (note == null || note.isBlank()) ? null : note.strip();
		return Objects.equals(stored.describe(), wanted.describe()) && Objects.equals(stored.getNote(), normalised);
	}

	/**
	 * The item's last change as the pages carry it to detect stale edits: empty when the
	 * item has no row yet.
	 */
	public String stamp(long programmeId, String itemCode) {
		return this.answers.findByProgrammeIdAndItemCode(programmeId, itemCode)
			.map((row) -> stamp(row.getUpdatedAt()))
			.orElse("");
	}

	public static String stamp(java.time.Instant updatedAt) {
		return (updatedAt != null) ? updatedAt.toString() : "";
	}

	public void snapshot(long programmeId, ScoreReport report) {
		this.history.snapshot(programmeId, report);
	}

}
