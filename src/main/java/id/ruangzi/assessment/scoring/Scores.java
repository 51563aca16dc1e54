package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic rules shared by the engine and the gates.
 * <p>
 * Weights such as 1/3 and ratios such as 2/7 do not terminate in decimal, so they are
 * kept to {@link #SCALE} decimals. Summing a hundred such values can leave an exact x.xx5
 * at x.xx4999...9 (1e-18 off), which a direct HALF_UP to 2 decimals would round the wrong
 * way. {@link #cents} therefore first rounds to 12 decimals, absorbing that error, and
 * then to 2; no realistic worksheet value lies closer than 1e-12 to a rounding boundary
 * without being on it.
 */
final class Scores {

	/** Decimals kept in weights, values and scores. */
	static final int SCALE = 20;

	private static final int NORMAL_SCALE = 12;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scores() {
	}

	/**
	 * The value as the worksheet shows it and the gates compare it: HALF_UP to 2
	 * decimals.
	 */
	static BigDecimal cents(BigDecimal value) {
		return value.setScale(NORMAL_SCALE, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal clampToUnit(BigDecimal value) {
		if (value.signum() < 0) {
			return BigDecimal.ZERO;
		}
		return (value.compareTo(BigDecimal.ONE) > 0) ? BigDecimal.ONE : value;
	}

}
