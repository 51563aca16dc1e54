package id.ruangzi.assessment.scoring;

import java.util.List;

/**
 * What stands between a worksheet and a predicate, and what would close the gap.
 *
 * @param target WBK or WBBM
 * @param current the worksheet's scores now
 * @param failingGates the target's failing gates now, with their shortfalls (including
 * PREDICATE_HELD, which no answer can change)
 * @param improvements every lettered item that can still improve, most points first
 * @param feasibility whether changing lettered answers can make every score gate pass
 * @param unreachableGates when {@link Feasibility#NOT_BY_PENGUNGKIT_ALONE}: the score
 * gates that still fail with every lettered item at its best, such as IPAK or IPKP
 * @param plan when {@link Feasibility#REACHABLE}: the answer changes, greedy by points
 * @param projected the scores after the plan (or, when not reachable, with every lettered
 * item at its best)
 */
public record GapReport(Predicate target, ScoreReport current, List<GateResult> failingGates,
		List<Improvement> improvements, Feasibility feasibility, List<GateResult> unreachableGates, List<GapStep> plan,
		ScoreReport projected) {

	public GapReport {
		failingGates = List.copyOf(failingGates);
		improvements = List.copyOf(improvements);
		unreachableGates = List.copyOf(unreachableGates);
		plan = List.copyOf(plan);
	}

	/** Whether better answers to lettered items can make every score gate pass. */
	public enum Feasibility {

		/** Every score gate passes already. */
		ALREADY_MET,

		/** The plan makes every score gate pass. */
		REACHABLE,

		/**
		 * Even every lettered item at its best leaves a score gate failing: the gap is in
		 * a survey index (IPAK, IPKP) or in reported numbers, not in the pengungkit
		 * answers.
		 */
		NOT_BY_PENGUNGKIT_ALONE

	}

}
