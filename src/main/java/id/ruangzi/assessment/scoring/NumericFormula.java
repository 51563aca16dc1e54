package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The rule that turns a NUMERIC item's inputs into its value.
 *
 * @param code the item code the formula belongs to
 * @param requiredKeys the inputs the formula reads; an answer must give all of them
 * @param rule computes the raw value from validated inputs; the engine clamps it to [0,
 * 1]
 */
record NumericFormula(String code, Set<String> requiredKeys, Rule rule) {

	BigDecimal value(Map<String, BigDecimal> inputs) {
		return Scores.clampToUnit(this.rule.apply(inputs));
	}

	@FunctionalInterface
	interface Rule {

		BigDecimal apply(Map<String, BigDecimal> inputs);

	}

}
