package id.ruangzi.assessment.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.shared.jpa.BaseEntity;

/**
 * A programme's answer to one LKE item, with the unit's note.
 */
@Entity
@Table(name = "answer")
public class ItemAnswer extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "item_code")
	private String itemCode;

	@Column(name = "option_letter")
	private String optionLetter;

	private String inputs;

	@Column(name = "survey_index")
	private BigDecimal surveyIndex;

	private String note;

	@Column(name = "updated_by")
	private String updatedBy;

	protected ItemAnswer() {
	}

	public ItemAnswer(long programmeId, String itemCode) {
		this.programmeId = programmeId;
		this.itemCode = itemCode;
	}

	/**
	 * The engine's worksheet of a programme's answers; items without a value are
	 * unanswered.
	 * @param answers the programme's rows
	 * @return the worksheet
	 */
	public static Worksheet worksheet(List<ItemAnswer> answers) {
		Map<String, Answer> values = new HashMap<>();
		for (ItemAnswer row : answers) {
			Answer value = row.toAnswer();
			if (value != null) {
				values.put(row.itemCode, value);
			}
		}
		return new Worksheet(values);
	}

	/** The engine's view of the stored value, or null when the item is unanswered. */
	public Answer toAnswer() {
		return toAnswer(this.optionLetter, this.surveyIndex, this.inputs);
	}

	/**
	 * The engine's view of a stored value read without the entity (batch reads of many
	 * programmes).
	 * @param optionLetter the {@code option_letter} column
	 * @param surveyIndex the {@code survey_index} column
	 * @param inputs the {@code inputs} column
	 * @return the answer, or null when the item is unanswered
	 */
	public static Answer toAnswer(String optionLetter, BigDecimal surveyIndex, String inputs) {
		if (optionLetter != null) {
			return Answer.option(optionLetter);
		}
		if (surveyIndex != null) {
			return Answer.index(surveyIndex);
		}
		if (inputs != null) {
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			for (String pair : inputs.split(";")) {
				int equals = pair.indexOf('=');
				values.put(pair.substring(0, equals), new BigDecimal(pair.substring(equals + 1)));
			}
			return Answer.inputs(values);
		}
		return null;
	}

	/** The stored answer and note as the pages show them. */
	public ItemAnswerView view() {
		Answer answer = toAnswer();
		return new ItemAnswerView(this.itemCode, this.optionLetter,
				(answer instanceof Answer.Inputs inputs) ? inputs.values() : Map.of(), this.surveyIndex, this.note,
				this.updatedBy, getUpdatedAt());
	}

	/** Replaces the value; a null answer clears it and keeps the note. */
	public void set(Answer answer, String by) {
		this.optionLetter = null;
		this.inputs = null;
		this.surveyIndex = null;
		if (answer instanceof Answer.Choice choice) {
			this.optionLetter = choice.letter();
		}
		else if (answer instanceof Answer.Index index) {
			this.surveyIndex = index.value();
		}
		else if (answer instanceof Answer.Inputs inputs) {
			this.inputs = inputs.values()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue().stripTrailingZeros().toPlainString())
				.collect(Collectors.joining(";"));
		}
		this.updatedBy = by;
	}

	public void setNote(String note, String by) {
		this.note = note;
		this.updatedBy = by;
	}

	/** The value as the audit trail records it. */
	public String describe() {
		Answer answer = toAnswer();
		if (answer == null) {
			return null;
		}
		// Canonical numbers, so 3.40 stored and 3.4 read back from a worksheet are no
		// change.
		return (this.optionLetter != null) ? this.optionLetter
				: (this.surveyIndex != null) ? this.surveyIndex.stripTrailingZeros().toPlainString() : this.inputs;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public String getNote() {
		return this.note;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
