package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.time.ZoneId;

import id.ruangzi.shared.time.TimeConfiguration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.internal.AnswerWriter;
import id.ruangzi.assessment.scoring.AnswerType;
import id.ruangzi.assessment.scoring.InputField;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport.ItemScore;

/**
 * One item as its form shows it: the stored answer, or after a refused save the values
 * the user typed, with the outcome of the last save.
 *
 * @param item the LKE item
 * @param score its score now
 * @param letter the chosen option, "" when unanswered
 * @param inputs the numeric inputs as typed, by key
 * @param index the survey index as typed
 * @param note the note
 * @param changedBy who changed it last, or null
 * @param changedAt when, in WIB, or null
 * @param messageKey the outcome of a save, or null
 * @param messageArgs its arguments
 * @param error whether the save was refused
 */
record ItemCard(Item item, ItemScore score, String letter, Map<String, String> inputs, String index, String note,
		String changedBy, ZonedDateTime changedAt, String messageKey, Object[] messageArgs, boolean error) {

	// Most units are in WIB; the page says so next to the time.
	static final ZoneId WIB = TimeConfiguration.ZONE;

	static ItemCard stored(AssessmentSheet sheet, Item item, ItemScore score) {
		ItemAnswerView answer = sheet.answers().get(item.code());
		Map<String, String> inputs = new LinkedHashMap<>();
		for (InputField input : item.inputs()) {
			BigDecimal value = (answer != null) ? answer.inputs().get(input.key()) : null;
			inputs.put(input.key(), (value != null) ? value.toPlainString() : "");
		}
		if (answer == null) {
			return new ItemCard(item, score, "", inputs, "", "", null, null, null, new Object[0], false);
		}
		return new ItemCard(item, score, (answer.letter() != null) ? answer.letter() : "", inputs,
				(answer.index() != null) ? answer.index().toPlainString() : "",
				(answer.note() != null) ? answer.note() : "", answer.updatedBy(),
				(answer.updatedAt() != null) ? answer.updatedAt().atZone(WIB) : null, null, new Object[0], false);
	}

	/**
	 * The stored state with a message after a successful save, which also tells the new
	 * score of the section, since a screen reader does not see the numbers change.
	 */
	ItemCard saved(SheetView.Section section) {
		return new ItemCard(this.item, this.score, this.letter, this.inputs, this.index, this.note, this.changedBy,
				this.changedAt, "assessment.item.saved",
				new Object[] { this.item.code(), section.name(), section.score(), section.weight(), section.percent() },
				false);
	}

	/** The values the user sent, kept on the form with the reason they were refused. */
	ItemCard refused(ItemForm form, String messageKey, Object... args) {
		Map<String, String> typed = new LinkedHashMap<>(this.inputs);
		typed.putAll(form.inputs());
		return new ItemCard(this.item, this.score, (form.option() != null) ? form.option() : this.letter, typed,
				(form.index() != null) ? form.index() : this.index, (form.note() != null) ? form.note() : this.note,
				this.changedBy, this.changedAt, messageKey, args, true);
	}

	/** The stored state with a refusal message, for a save refused as stale. */
	ItemCard stale() {
		return new ItemCard(this.item, this.score, this.letter, this.inputs, this.index, this.note, this.changedBy,
				this.changedAt, "assessment.item.stale", new Object[0], true);
	}

	/** When the item last changed, as the page sends it back to detect a stale edit. */
	public String seen() {
		return AnswerWriter.stamp((this.changedAt != null) ? this.changedAt.toInstant() : null);
	}

	public String code() {
		return this.item.code();
	}

	/** The item's score as the worksheet shows it. */
	public BigDecimal itemScore() {
		return SheetView.cents(this.score.score());
	}

	/** The item's weight as the worksheet shows it. */
	public BigDecimal itemWeight() {
		return SheetView.cents(this.score.weight());
	}

	public boolean lettered() {
		return this.item.answerType().isLettered();
	}

	public boolean numeric() {
		return this.item.answerType() == AnswerType.NUMERIC;
	}

	public boolean surveyIndex() {
		return this.item.answerType() == AnswerType.SURVEY_INDEX;
	}

}
