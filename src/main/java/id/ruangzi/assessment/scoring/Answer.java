package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An answer to one item. Which kind fits which item is checked by the engine's
 * validation, not here, so that every problem of a worksheet is reported at once with its
 * item code.
 */
public sealed interface Answer permits Answer.Choice, Answer.Inputs, Answer.Index {

	/** An option letter: A..E, or YA/TIDAK. Case and surrounding blanks are ignored. */
	static Answer option(String letter) {
		return new Choice(letter);
	}

	/** The inputs of a NUMERIC item, by key. */
	static Answer inputs(Map<String, BigDecimal> values) {
		return new Inputs(values);
	}

	/** A survey index, such as {@code 3.60}. */
	static Answer index(BigDecimal value) {
		return new Index(value);
	}

	/** A survey index written as a decimal string, such as {@code "3.60"}. */
	static Answer index(String value) {
		return new Index(new BigDecimal(value));
	}

	/** The answer to a lettered item. */
	record Choice(String letter) implements Answer {

		public Choice {
			letter = Objects.requireNonNull(letter, "letter").trim().toUpperCase(Locale.ROOT);
		}

	}

	/**
	 * The answer to a NUMERIC item; null values are kept so that validation can name
	 * them.
	 */
	record Inputs(Map<String, BigDecimal> values) implements Answer {

		public Inputs {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

	}

	/** The answer to a SURVEY_INDEX item. */
	record Index(BigDecimal value) implements Answer {

		public Index {
			Objects.requireNonNull(value, "value");
		}

	}

}
