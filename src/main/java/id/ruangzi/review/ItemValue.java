package id.ruangzi.review;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.scoring.Answer;

/**
 * An answer as the review stores it (frozen in a round, or a reviewer's own): an option
 * letter, numeric inputs, or a survey index.
 *
 * @param letter the option, or null
 * @param inputs the numeric inputs by key, empty unless a NUMERIC item
 * @param index the survey index, or null
 */
public record ItemValue(String letter, Map<String, BigDecimal> inputs, BigDecimal index) {

	public ItemValue {
		inputs = (inputs == null) ? Map.of() : Map.copyOf(inputs);
	}

	/**
	 * @return the value of a stored answer, or null when it has none
	 */
	public static ItemValue of(ItemAnswerView view) {
		return (view == null || !view.answered()) ? null : new ItemValue(view.letter(), view.inputs(), view.index());
	}

	/**
	 * @return the value of an answer, or null
	 */
	public static ItemValue of(Answer answer) {
		if (answer == null) {
			return null;
		}
		if (answer instanceof Answer.Choice choice) {
			return new ItemValue(choice.letter(), Map.of(), null);
		}
		if (answer instanceof Answer.Inputs inputs) {
			return new ItemValue(null, inputs.values(), null);
		}
		return new ItemValue(null, Map.of(), ((Answer.Index) answer).value());
	}

	/**
	 * @return the answer for the scoring engine
	 */
	public Answer toAnswer() {
		if (this.letter != null) {
			return Answer.option(this.letter);
		}
		return (this.index != null) ? Answer.index(this.index) : Answer.inputs(this.inputs);
	}

	/**
	 * @return the value as the pages and the round diff show it
	 */
	public String describe() {
		if (this.letter != null) {
			return this.letter;
		}
		if (this.index != null) {
			return this.index.stripTrailingZeros().toPlainString();
		}
		return new TreeMap<>(this.inputs).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("; "));
	}

}
