package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Explains what stands between a worksheet and a predicate: the failing gates, a ranked
 * list of better answers, and a small set of answer changes that would make every score
 * gate pass.
 * <p>
 * Only lettered items (YA_TIDAK, ABC, ABCD, ABCDE, including HBB) are proposed. A NUMERIC
 * value is a count the unit reports (agents, complaints, LHKPN filings) and a survey
 * index is measured by an outside survey, so the value needed is not a letter to choose;
 * they are left out of the ranked list and the plan.
 * <p>
 * Strategy, in order:
 * <ol>
 * <li>If every score gate passes: {@code ALREADY_MET}, empty plan.</li>
 * <li>Put every lettered item at its best option and re-score. If a score gate still
 * fails (typically IPAK or IPKP, or an area held down by low NUMERIC values):
 * {@code NOT_BY_PENGUNGKIT_ALONE} with those gates, no plan: no choice of letters
 * helps.</li>
 * <li>Otherwise repeat until every score gate passes: if a specific gate fails (an area
 * gate, capaian kinerja or bersih-akuntabel), take the largest gain among items that move
 * one of them (items of the failing areas; HBB); only when none fails, take the largest
 * gain among items that move the failing pengungkit (pengungkit items) or total (any
 * item). A step raises the item to its best option. Ties go to worksheet order. Specific
 * gates come first because their points also count for pengungkit and total, while points
 * spent elsewhere never fix an area.</li>
 * <li>Drop every step, smallest gain first, that the gates do not need after all.</li>
 * <li>Lower each remaining step to the least better option that still lets every score
 * gate pass, so the plan asks no more than needed.</li>
 * </ol>
 * Greedy, so small rather than provably minimal. PREDICATE_HELD is reported among the
 * failing gates but no answer can change it. Each step re-scores the worksheet, a few
 * hundred scores at most, still only milliseconds.
 */
public final class GapExplainer {

	private static final Comparator<Improvement> MOST_POINTS_FIRST = Comparator.comparing(Improvement::pointsToBest)
		.reversed();

	private final ScoringEngine engine;

	public GapExplainer(ScoringEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param worksheet the unit's answers
	 * @param held the predicate the unit holds
	 * @param target WBK or WBBM
	 * @return the gap and how to close it
	 * @throws InvalidAnswersException when any answer is invalid
	 */
	public GapReport explain(Worksheet worksheet, Predicate held, Predicate target) {
		if (target == Predicate.NONE) {
			throw new IllegalArgumentException("The target predicate must be WBK or WBBM");
		}
		ScoreReport current = this.engine.score(worksheet, held);
		PredicateReadiness readiness = current.readiness(target);
		List<Improvement> improvements = improvements(worksheet);
		if (readiness.scoreGatesPassed()) {
			return new GapReport(target, current, readiness.failing(), improvements, GapReport.Feasibility.ALREADY_MET,
					List.of(), List.of(), current);
		}
		ScoreReport atBest = this.engine.score(applyBest(worksheet, improvements), held);
		List<GateResult> unreachable = failingScoreGates(atBest, target);
		if (!unreachable.isEmpty()) {
			return new GapReport(target, current, readiness.failing(), improvements,
					GapReport.Feasibility.NOT_BY_PENGUNGKIT_ALONE, unreachable, List.of(), atBest);
		}
		List<Improvement> chosen = greedy(worksheet, held, target, improvements);
		List<GapStep> plan = lighten(worksheet, held, target, prune(worksheet, held, target, chosen));
		ScoreReport projected = this.engine.score(apply(worksheet, plan), held);
		return new GapReport(target, current, readiness.failing(), improvements, GapReport.Feasibility.REACHABLE,
				List.of(), plan, projected);
	}

	private List<Improvement> improvements(Worksheet worksheet) {
		List<Improvement> result = new ArrayList<>();
		for (Item item : this.engine.template().items()) {
			if (item.answerType().isLettered()) {
				Answer answer = worksheet.answer(item.code());
				String letter = (answer instanceof Answer.Choice choice) ? choice.letter() : null;
				Improvement.of(item, letter).ifPresent(result::add);
			}
		}
		result.sort(MOST_POINTS_FIRST); // stable: ties keep worksheet order
		return result;
	}

	private List<Improvement> greedy(Worksheet worksheet, Predicate held, Predicate target,
			List<Improvement> improvements) {
		List<Improvement> remaining = new ArrayList<>(improvements);
		List<Improvement> chosen = new ArrayList<>();
		Worksheet trial = worksheet;
		List<GateResult> failing = failingScoreGates(this.engine.score(trial, held), target);
		while (!failing.isEmpty()) {
			Optional<Improvement> pick = pick(remaining, failing);
			if (pick.isEmpty()) {
				throw new IllegalStateException("No lettered item moves " + failing + " although the ceiling passes");
			}
			remaining.remove(pick.get());
			chosen.add(pick.get());
			trial = trial.with(pick.get().itemCode(), Answer.option(pick.get().best().letter()));
			failing = failingScoreGates(this.engine.score(trial, held), target);
		}
		return chosen;
	}

	/**
	 * The largest remaining improvement that moves a failing specific gate, or else a
	 * failing general one; the list is sorted, so the first match is the largest.
	 */
	private static Optional<Improvement> pick(List<Improvement> remaining, List<GateResult> failing) {
		return pickMoving(remaining, failing, true).or(() -> pickMoving(remaining, failing, false));
	}

	private static Optional<Improvement> pickMoving(List<Improvement> remaining, List<GateResult> failing,
			boolean specific) {
		return remaining.stream()
			.filter((i) -> failing.stream().anyMatch((g) -> isSpecific(g.gate()) == specific && moves(i, g.gate())))
			.findFirst();
	}

	private static boolean isSpecific(GateName gate) {
		return gate.isAreaGate() || gate == GateName.CAPAIAN_KINERJA || gate == GateName.BERSIH_AKUNTABEL;
	}

	private static boolean moves(Improvement improvement, GateName gate) {
		if (gate.isAreaGate()) {
			return improvement.area() == gate.area();
		}
		return switch (gate) {
			case TOTAL -> true;
			case PENGUNGKIT -> improvement.area() != null;
			case CAPAIAN_KINERJA, BERSIH_AKUNTABEL -> improvement.itemCode().equals(LkeTemplate.CAPAIAN_KINERJA_ITEM);
			default -> false;
		};
	}

	private List<Improvement> prune(Worksheet worksheet, Predicate held, Predicate target, List<Improvement> chosen) {
		List<Improvement> kept = new ArrayList<>(chosen);
		for (int i = chosen.size() - 1; i >= 0; i--) {
			List<Improvement> without = new ArrayList<>(kept);
			without.remove(chosen.get(i));
			if (passes(applyBest(worksheet, without), held, target)) {
				kept = without;
			}
		}
		return kept;
	}

	private List<GapStep> lighten(Worksheet worksheet, Predicate held, Predicate target, List<Improvement> chosen) {
		List<GapStep> steps = new ArrayList<>();
		Worksheet planned = applyBest(worksheet, chosen);
		for (Improvement improvement : chosen) {
			Item item = this.engine.template().item(improvement.itemCode()).orElseThrow();
			Option least = improvement.best();
			for (Option option : item.options()) {
				boolean better = option.value().compareTo(improvement.best().value()) < 0
						&& option.value().compareTo(improvement.next().value()) >= 0;
				if (better && option.value().compareTo(least.value()) < 0
						&& passes(planned.with(item.code(), Answer.option(option.letter())), held, target)) {
					least = option;
				}
			}
			planned = planned.with(item.code(), Answer.option(least.letter()));
			BigDecimal current = (improvement.currentLetter() != null)
					? item.option(improvement.currentLetter()).orElseThrow().value() : BigDecimal.ZERO;
			BigDecimal gained = least.value().subtract(current).multiply(item.weight());
			steps.add(new GapStep(item.code(), item.area(), improvement.currentLetter(), least, gained));
		}
		return steps;
	}

	private boolean passes(Worksheet worksheet, Predicate held, Predicate target) {
		return failingScoreGates(this.engine.score(worksheet, held), target).isEmpty();
	}

	private static List<GateResult> failingScoreGates(ScoreReport report, Predicate target) {
		return report.readiness(target).failing().stream().filter((g) -> g.gate().isScoreGate()).toList();
	}

	private static Worksheet applyBest(Worksheet worksheet, List<Improvement> improvements) {
		Worksheet result = worksheet;
		for (Improvement improvement : improvements) {
			result = result.with(improvement.itemCode(), Answer.option(improvement.best().letter()));
		}
		return result;
	}

	private static Worksheet apply(Worksheet worksheet, List<GapStep> steps) {
		Worksheet result = worksheet;
		for (GapStep step : steps) {
			result = result.with(step.itemCode(), Answer.option(step.to().letter()));
		}
		return result;
	}

}
