package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Compares rounded scores with one predicate's thresholds. */
final class GateEvaluator {

	private GateEvaluator() {
	}

	/**
	 * @param thresholds the predicate's thresholds
	 * @param facts the exact scores the gates read
	 * @param areas the exact scores of the areas, in area order
	 * @param held the predicate the unit holds
	 */
	static PredicateReadiness evaluate(GateThresholds thresholds, Facts facts, List<ScoreReport.AreaScore> areas,
			Predicate held) {
		List<GateResult> gates = new ArrayList<>(13);
		gates.add(score(GateName.TOTAL, facts.total(), thresholds));
		gates.add(score(GateName.PENGUNGKIT, facts.pengungkit(), thresholds));
		for (ScoreReport.AreaScore area : areas) {
			gates.add(score(GateName.ofArea(area.area()), area.percent(), thresholds));
		}
		gates.add(score(GateName.BERSIH_AKUNTABEL, facts.bersihAkuntabel(), thresholds));
		gates.add(score(GateName.IPAK, facts.ipak(), thresholds));
		gates.add(score(GateName.CAPAIAN_KINERJA, facts.capaianKinerja(), thresholds));
		gates.add(score(GateName.IPKP, facts.ipkp(), thresholds));
		gates.add(GateResult.of(GateName.PREDICATE_HELD, BigDecimal.valueOf(held.ordinal()),
				BigDecimal.valueOf(thresholds.requiredHeld().ordinal())));
		return new PredicateReadiness(thresholds.predicate(), gates);
	}

	private static GateResult score(GateName gate, BigDecimal exact, GateThresholds thresholds) {
		return GateResult.of(gate, Scores.cents(exact), thresholds.threshold(gate));
	}

	/** The exact scores, other than the areas', that some gate reads. */
	record Facts(BigDecimal total, BigDecimal pengungkit, BigDecimal bersihAkuntabel, BigDecimal ipak,
			BigDecimal capaianKinerja, BigDecimal ipkp) {
	}

}
