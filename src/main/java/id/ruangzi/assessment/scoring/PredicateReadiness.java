package id.ruangzi.assessment.scoring;

import java.util.List;

/**
 * Every gate of one predicate for one scored worksheet.
 *
 * @param predicate WBK or WBBM
 * @param gates the gates in a fixed order: total, pengungkit, areas A-F,
 * bersih-akuntabel, IPAK, capaian kinerja, IPKP, predicate held
 */
public record PredicateReadiness(Predicate predicate, List<GateResult> gates) {

	public PredicateReadiness {
		gates = List.copyOf(gates);
	}

	/** Whether every gate passes, so the unit may be proposed for the predicate. */
	public boolean ready() {
		return this.gates.stream().allMatch(GateResult::passed);
	}

	/** Whether every gate decided by a score passes (all but the predicate held). */
	public boolean scoreGatesPassed() {
		return this.gates.stream().filter((g) -> g.gate().isScoreGate()).allMatch(GateResult::passed);
	}

	/** The failing gates, in gate order. */
	public List<GateResult> failing() {
		return this.gates.stream().filter((g) -> !g.passed()).toList();
	}

	/** One gate's result. */
	public GateResult gate(GateName name) {
		return this.gates.stream()
			.filter((g) -> g.gate() == name)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No gate " + name));
	}

}
