package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer option of a lettered item.
 *
 * @param letter {@code A}..{@code E}, or {@code YA}/{@code TIDAK}
 * @param text the option's wording from the worksheet
 * @param value the item value v in [0, 1] this option gives
 */
public record Option(String letter, String text, BigDecimal value) {

	public Option {
		Objects.requireNonNull(letter, "letter");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(value, "value");
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("Option " + letter + " has value " + value + " outside [0, 1]");
		}
	}

}
