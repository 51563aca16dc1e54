package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks every answer of a worksheet against its item before anything is scored, and
 * collects all problems instead of stopping at the first, so a form can show them
 * together.
 */
final class AnswerValidator {

	private static final BigDecimal MIN_INDEX = BigDecimal.ONE;

	private static final BigDecimal MAX_INDEX = BigDecimal.valueOf(4);

	private AnswerValidator() {
	}

	static List<AnswerError> validate(LkeTemplate template, Worksheet worksheet) {
		List<AnswerError> errors = new ArrayList<>();
		// Sorting only the unknown codes keeps the common, valid case free of a sort.
		List<String> unknown = new ArrayList<>(0);
		for (String code : worksheet.answers().keySet()) {
			if (template.indexOf(code) < 0) {
				unknown.add(code);
			}
		}
		unknown.stream()
			.sorted()
			.forEach((code) -> errors.add(new AnswerError(code, "is not an item of template " + template.name(),
					AnswerError.Kind.NOT_AN_ITEM, code)));
		List<Item> items = template.items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Answer answer = worksheet.answer(item.code());
			if (answer != null) {
				check(item, template.formula(i), answer, errors);
			}
		}
		return errors;
	}

	private static void check(Item item, NumericFormula formula, Answer answer, List<AnswerError> errors) {
		String code = item.code();
		if (item.answerType().isLettered()) {
			if (!(answer instanceof Answer.Choice choice)) {
				errors.add(new AnswerError(code, "expects one of the options " + item.answerType().letters(),
						AnswerError.Kind.OPTION_EXPECTED, String.join(", ", item.answerType().letters())));
			}
			else if (item.option(choice.letter()).isEmpty()) {
				errors.add(new AnswerError(code,
						"has no option " + choice.letter() + "; the options are " + item.answerType().letters(),
						AnswerError.Kind.NO_SUCH_OPTION, choice.letter(),
						String.join(", ", item.answerType().letters())));
			}
		}
		else if (item.answerType() == AnswerType.SURVEY_INDEX) {
			if (!(answer instanceof Answer.Index index)) {
				errors.add(new AnswerError(code, "expects a survey index in [1.00, 4.00]",
						AnswerError.Kind.INDEX_EXPECTED));
			}
			else if (index.value().compareTo(MIN_INDEX) < 0 || index.value().compareTo(MAX_INDEX) > 0) {
				errors.add(new AnswerError(code, "index " + index.value().toPlainString() + " is outside [1.00, 4.00]",
						AnswerError.Kind.INDEX_OUT_OF_RANGE, index.value().toPlainString()));
			}
		}
		else if (!(answer instanceof Answer.Inputs inputs)) {
			errors.add(new AnswerError(code, "expects the numeric inputs " + formula.requiredKeys(),
					AnswerError.Kind.INPUTS_EXPECTED, String.join(", ", formula.requiredKeys())));
		}
		else {
			checkInputs(item, formula, inputs.values(), errors);
		}
	}

	private static void checkInputs(Item item, NumericFormula formula, Map<String, BigDecimal> values,
			List<AnswerError> errors) {
		String code = item.code();
		values.forEach((key, value) -> {
			if (item.inputs().stream().noneMatch((input) -> input.key().equals(key))) {
				errors.add(new AnswerError(code, "has no input key " + key, AnswerError.Kind.UNKNOWN_INPUT, key));
			}
			else if (value == null) {
				errors.add(new AnswerError(code, "input " + key + " has no value", AnswerError.Kind.INPUT_WITHOUT_VALUE,
						key));
			}
			else if (value.signum() < 0) {
				errors.add(new AnswerError(code, "input " + key + " is negative (" + value.toPlainString() + ")",
						AnswerError.Kind.NEGATIVE_INPUT, key, value.toPlainString()));
			}
		});
		for (String key : new TreeSet<>(formula.requiredKeys())) {
			if (!values.containsKey(key)) {
				errors.add(new AnswerError(code, "misses the input key " + key, AnswerError.Kind.MISSING_INPUT, key));
			}
		}
	}

}
