package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.util.List;

import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.assessment.scoring.Option;

/**
 * The gap explainer's answer for the programme's target predicate.
 */
record GapsJson(String target, String feasibility, List<FailingGate> failingGates, List<Step> improvements,
		List<Step> plan, List<FailingGate> unreachableGates) {

	static GapsJson of(GapReport report) {
		return new GapsJson(report.target().name(), report.feasibility().name(),
				report.failingGates().stream().map(FailingGate::of).toList(),
				report.improvements()
					.stream()
					.map((step) -> new Step(step.itemCode(), step.currentLetter(), letter(step.best()),
							ScoreJson.cents(step.pointsToBest())))
					.toList(),
				report.plan()
					.stream()
					.map((step) -> new Step(step.itemCode(), step.from(), letter(step.to()),
							ScoreJson.cents(step.pointsGained())))
					.toList(),
				report.unreachableGates().stream().map(FailingGate::of).toList());
	}

	private static String letter(Option option) {
		return (option != null) ? option.letter() : null;
	}

	record FailingGate(String gate, BigDecimal value, BigDecimal threshold, BigDecimal shortfall) {

		static FailingGate of(GateResult result) {
			return new FailingGate(result.gate().name(), ScoreJson.cents(result.value()), result.threshold(),
					ScoreJson.cents(result.shortfall()));
		}

	}

	record Step(String itemCode, String currentAnswer, String betterAnswer, BigDecimal pointsGained) {
	}

}
