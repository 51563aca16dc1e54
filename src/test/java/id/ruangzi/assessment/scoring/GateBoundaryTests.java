package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every gate of both predicates at its boundary, on exact values around the threshold:
 * the gate compares the value rounded HALF_UP to 2 decimals.
 */
class GateBoundaryTests {

	private static final BigDecimal PLENTY = new BigDecimal("1000");

	static Stream<Arguments> boundaries() {
		List<Arguments> rows = new ArrayList<>();
		for (GateThresholds thresholds : List.of(GateThresholds.seededWbk(), GateThresholds.seededWbbm())) {
			for (GateName gate : GateName.values()) {
				if (!gate.isScoreGate()) {
					continue;
				}
				BigDecimal threshold = thresholds.threshold(gate);
				rows.add(arguments(thresholds, gate, threshold.subtract(new BigDecimal("0.01")), false, "0.01"));
				rows.add(arguments(thresholds, gate, threshold.subtract(new BigDecimal("0.0050001")), false, "0.01"));
				rows.add(arguments(thresholds, gate, threshold.subtract(new BigDecimal("0.005")), true, "0"));
				rows.add(arguments(thresholds, gate, threshold, true, "0"));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}: {1} at {2} passes: {3}")
	@MethodSource("boundaries")
	void everyScoreGateComparesTheValueRoundedToCents(GateThresholds thresholds, GateName gate, BigDecimal value,
			boolean passes, BigDecimal shortfall) {
		GateResult result = evaluate(thresholds, gate, value, Predicate.WBBM).gate(gate);
		assertThat(result.passed()).isEqualTo(passes);
		assertThat(result.shortfall()).isEqualByComparingTo(shortfall);
		assertThat(result.threshold()).isEqualByComparingTo(thresholds.threshold(gate));
	}

	@ParameterizedTest(name = "{0} with {1} held passes: {2}")
	@CsvSource({ "WBK, NONE, true", "WBK, WBK, true", "WBBM, NONE, false", "WBBM, WBK, true", "WBBM, WBBM, true" })
	void wbbmRequiresAHeldWbkAndWbkRequiresNothing(Predicate target, Predicate held, boolean passes) {
		GateThresholds thresholds = (target == Predicate.WBK) ? GateThresholds.seededWbk()
				: GateThresholds.seededWbbm();
		GateResult result = evaluate(thresholds, GateName.TOTAL, PLENTY, held).gate(GateName.PREDICATE_HELD);
		assertThat(result.passed()).isEqualTo(passes);
	}

	/** All gates at plenty except the one under test. */
	private static PredicateReadiness evaluate(GateThresholds thresholds, GateName gate, BigDecimal value,
			Predicate held) {
		GateEvaluator.Facts facts = new GateEvaluator.Facts(pick(gate, GateName.TOTAL, value),
				pick(gate, GateName.PENGUNGKIT, value), pick(gate, GateName.BERSIH_AKUNTABEL, value),
				pick(gate, GateName.IPAK, value), pick(gate, GateName.CAPAIAN_KINERJA, value),
				pick(gate, GateName.IPKP, value));
		List<ScoreReport.AreaScore> areas = new ArrayList<>();
		for (Area area : Area.values()) {
			BigDecimal percent = pick(gate, GateName.ofArea(area), value);
			areas.add(new ScoreReport.AreaScore(area, area.name(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
					BigDecimal.TEN, percent));
		}
		PredicateReadiness readiness = GateEvaluator.evaluate(thresholds, facts, areas, held);
		assertThat(readiness.failing())
			.allSatisfy((failing) -> assertThat(failing.gate()).isIn(gate, GateName.PREDICATE_HELD));
		return readiness;
	}

	private static BigDecimal pick(GateName tested, GateName gate, BigDecimal value) {
		return (tested == gate) ? value : PLENTY;
	}

}
