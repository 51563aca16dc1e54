package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;

/**
 * One gate's outcome for one predicate.
 * <p>
 * For score gates, {@code value} is the score (or, for area gates, the percent of the
 * area's weight) rounded HALF_UP to 2 decimals, as the worksheet shows and compares it.
 * For {@link GateName#PREDICATE_HELD} value and threshold are the ranks of the held and
 * the required predicate (0 none, 1 WBK, 2 WBBM).
 *
 * @param gate which gate
 * @param value the compared value
 * @param threshold the minimum
 * @param passed whether value &gt;= threshold
 * @param shortfall threshold - value when failed, 0 when passed
 */
public record GateResult(GateName gate, BigDecimal value, BigDecimal threshold, boolean passed, BigDecimal shortfall) {

	static GateResult of(GateName gate, BigDecimal value, BigDecimal threshold) {
		boolean passed = value.compareTo(threshold) >= 0;
		return new GateResult(gate, value, threshold, passed,
				passed ? BigDecimal.ZERO.setScale(value.scale()) : threshold.subtract(value));
	}

}
