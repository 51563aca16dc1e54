package id.ruangzi.review.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.shared.web.InvalidInputException;

/**
 * A verdict from the review page: the reviewer's own answer is an option, a survey index,
 * or the inputs of a NUMERIC item ({@code input.<key>}), all optional.
 */
record VerdictForm(String verdict, String note, String option, String index, Map<String, String> inputs, Long version) {

	static final String INPUT_PREFIX = "input.";

	static VerdictForm of(Map<String, String> parameters) {
		Map<String, String> inputs = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(INPUT_PREFIX) && !value.isBlank()) {
				inputs.put(name.substring(INPUT_PREFIX.length()), value.strip());
			}
		});
		String version = parameters.get("version");
		try {
			return new VerdictForm(parameters.get("verdict"), parameters.get("note"), parameters.get("option"),
					parameters.get("index"), inputs,
					(version == null || version.isBlank()) ? null : Long.valueOf(version.strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("version is not a number");
		}
	}

	Answer answer(String itemCode) {
		boolean hasOption = this.option != null && !this.option.isBlank();
		boolean hasIndex = this.index != null && !this.index.isBlank();
		boolean hasInputs = !this.inputs.isEmpty();
		if ((hasOption ? 1 : 0) + (hasIndex ? 1 : 0) + (hasInputs ? 1 : 0) > 1) {
			throw new InvalidInputException(itemCode + ": give an option, an index or inputs, not several");
		}
		try {
			if (hasOption) {
				return Answer.option(this.option);
			}
			if (hasIndex) {
				return Answer.index(number(this.index));
			}
			if (hasInputs) {
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				this.inputs.forEach((key, text) -> values.put(key, number(text)));
				return Answer.inputs(values);
			}
			return null;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(itemCode + ": the reviewer's answer is not a number");
		}
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text.strip().replace(',', '.'));
	}

}
