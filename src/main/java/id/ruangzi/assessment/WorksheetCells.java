package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Item;

/**
 * How answers are written in the worksheet's cells: a letter (A..E, YA, TIDAK), a survey
 * index (3.6), or numeric inputs as {@code agen=4; perubahan=3}.
 */
final class WorksheetCells {

	private WorksheetCells() {
	}

	static String choices(Item item) {
		if (item.answerType().isLettered()) {
			return item.options()
				.stream()
				.map((option) -> option.letter() + ". " + option.text())
				.collect(Collectors.joining(" | "));
		}
		return item.inputs()
			.stream()
			.map((input) -> input.key() + ": " + input.label())
			.collect(Collectors.joining(" | "));
	}

	static String answer(Answer answer) {
		if (answer instanceof Answer.Choice choice) {
			return choice.letter();
		}
		if (answer instanceof Answer.Index index) {
			return index.value().stripTrailingZeros().toPlainString();
		}
		if (answer instanceof Answer.Inputs inputs) {
			return inputs.values()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue().stripTrailingZeros().toPlainString())
				.collect(Collectors.joining("; "));
		}
		return "";
	}

	/**
	 * Reads a cell back into an answer of the item's kind.
	 * @param item the item
	 * @param text the cell's text, not blank
	 * @return the answer, to be validated by the engine
	 * @throws IllegalArgumentException with the reason when the text is not of the item's
	 * kind
	 */
	static Answer parse(Item item, String text) {
		String value = text.trim();
		return switch (item.answerType()) {
			case SURVEY_INDEX -> Answer.index(number(value.replace(',', '.')));
			case NUMERIC -> Answer.inputs(inputs(value));
			default -> Answer.option(value.toUpperCase(java.util.Locale.ROOT));
		};
	}

	private static Map<String, BigDecimal> inputs(String value) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		for (String pair : value.split(";")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.indexOf('=');
			if (equals < 1) {
				throw new CellException("inputs must be written as key=number; key=number",
						"worksheet.import.error.inputs", value);
			}
			inputs.put(pair.substring(0, equals).trim(), number(pair.substring(equals + 1).trim()));
		}
		return inputs;
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new CellException("'" + text + "' is not a number", "worksheet.import.error.number", text);
		}
	}

	/** A cell whose text is not of the item's kind. */
	static final class CellException extends IllegalArgumentException {

		private final String messageKey;

		private final String argument;

		CellException(String message, String messageKey, String argument) {
			super(message);
			this.messageKey = messageKey;
			this.argument = argument;
		}

		String messageKey() {
			return this.messageKey;
		}

		String argument() {
			return this.argument;
		}

	}

}
