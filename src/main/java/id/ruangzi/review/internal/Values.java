package id.ruangzi.review.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.ruangzi.review.ItemValue;

/**
 * Numeric inputs as 'key=value' pairs separated by ';', as the answer table keeps them.
 */
final class Values {

	private Values() {
	}

	static String encode(Map<String, BigDecimal> inputs) {
		if (inputs == null || inputs.isEmpty()) {
			return null;
		}
		return new TreeMap<>(inputs).entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue().toPlainString())
			.collect(Collectors.joining(";"));
	}

	static ItemValue value(String letter, String inputs, BigDecimal index) {
		if (letter == null && inputs == null && index == null) {
			return null;
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (inputs != null) {
			for (String pair : inputs.split(";")) {
				int eq = pair.indexOf('=');
				values.put(pair.substring(0, eq), new BigDecimal(pair.substring(eq + 1)));
			}
		}
		return new ItemValue(letter, values, index);
	}

}
