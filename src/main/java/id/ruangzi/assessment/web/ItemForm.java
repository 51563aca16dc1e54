package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.AnswerType;
import id.ruangzi.assessment.scoring.InputField;
import id.ruangzi.assessment.scoring.Item;

/**
 * What an item's form sends: {@code option} (a letter, empty for "not answered"),
 * {@code input.<key>} for NUMERIC items, {@code index} for survey indexes, and
 * {@code note}. Whether the values fit the item is the scoring engine's decision; this
 * only turns text into numbers.
 */
record ItemForm(String option, Map<String, String> inputs, String index, String note) {

	static final String INPUT_PREFIX = "input.";

	static ItemForm of(Map<String, String> parameters) {
		Map<String, String> inputs = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(INPUT_PREFIX)) {
				inputs.put(name.substring(INPUT_PREFIX.length()), value.strip());
			}
		});
		return new ItemForm(parameters.get("option"), inputs, parameters.get("index"), parameters.get("note"));
	}

	/**
	 * The answer to save, or null when the item is to be left unanswered.
	 * @param item the item
	 * @return the answer or null
	 * @throws Problem when a number cannot be read or only some inputs are given
	 */
	Answer toAnswer(Item item) {
		if (item.answerType().isLettered()) {
			return blank(this.option) ? null : Answer.option(this.option);
		}
		if (item.answerType() == AnswerType.NUMERIC) {
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			long given = item.inputs().stream().filter((input) -> !blank(this.inputs.get(input.key()))).count();
			if (given == 0) {
				return null;
			}
			for (InputField input : item.inputs()) {
				String text = this.inputs.get(input.key());
				if (blank(text)) {
					throw new Problem("assessment.item.inputMissing", input.label());
				}
				values.put(input.key(), number(text, input.label()));
			}
			return Answer.inputs(values);
		}
		return blank(this.index) ? null : Answer.index(number(this.index, item.code()));
	}

	private static BigDecimal number(String text, String label) {
		try {
			// People in Indonesia write decimals with a comma.
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new Problem("assessment.item.notANumber", label);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A value the form cannot turn into an answer, as a message key. */
	static final class Problem extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		Problem(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
