package id.ruangzi.assessment.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static id.ruangzi.assessment.scoring.LkeFixtures.ENGINE;
import static id.ruangzi.assessment.scoring.LkeFixtures.TEMPLATE;
import static id.ruangzi.assessment.scoring.LkeFixtures.allBest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GapExplainerTests {

	private final GapExplainer explainer = new GapExplainer(ENGINE);

	@Test
	void aWorksheetThatPassesNeedsNoSteps() {
		GapReport gap = this.explainer.explain(allBest("4.00", "4.00"), Predicate.NONE, Predicate.WBK);
		assertThat(gap.feasibility()).isEqualTo(GapReport.Feasibility.ALREADY_MET);
		assertThat(gap.failingGates()).isEmpty();
		assertThat(gap.plan()).isEmpty();
		assertThat(gap.improvements()).isEmpty();
	}

	@Test
	void aMissingWbkIsReportedButNoAnswerCanFixIt() {
		GapReport gap = this.explainer.explain(allBest("4.00", "4.00"), Predicate.NONE, Predicate.WBBM);
		assertThat(gap.feasibility()).isEqualTo(GapReport.Feasibility.ALREADY_MET);
		assertThat(gap.failingGates()).extracting(GateResult::gate).containsExactly(GateName.PREDICATE_HELD);
	}

	@Test
	void aWorksheetFailingOneAreaGateGetsStepsInThatArea() {
		Worksheet worksheet = worstIn(Area.B);
		GapReport gap = this.explainer.explain(worksheet, Predicate.NONE, Predicate.WBK);
		assertThat(gap.failingGates()).extracting(GateResult::gate).containsExactly(GateName.AREA_B);
		assertThat(gap.failingGates().get(0).shortfall()).isEqualByComparingTo("60.00");
		assertThat(gap.feasibility()).isEqualTo(GapReport.Feasibility.REACHABLE);
		assertThat(gap.plan()).isNotEmpty().allSatisfy((step) -> assertThat(step.area()).isEqualTo(Area.B));
		assertThat(rescored(worksheet, gap.plan(), Predicate.NONE).readiness(Predicate.WBK).scoreGatesPassed())
			.isTrue();
		assertThat(gap.projected().readiness(Predicate.WBK).scoreGatesPassed()).isTrue();
	}

	@Test
	void everyStepOfThePlanIsNeeded() {
		Worksheet worksheet = worstIn(Area.E);
		GapReport gap = this.explainer.explain(worksheet, Predicate.WBK, Predicate.WBBM);
		assertThat(gap.feasibility()).isEqualTo(GapReport.Feasibility.REACHABLE);
		for (GapStep step : gap.plan()) {
			List<GapStep> without = gap.plan().stream().filter((s) -> s != step).toList();
			assertThat(rescored(worksheet, without, Predicate.WBK).readiness(Predicate.WBBM).scoreGatesPassed())
				.as("plan without %s", step.itemCode())
				.isFalse();
		}
	}

	@Test
	void aPlanAsksForNoMoreThanTheGatesNeed() {
		Worksheet worksheet = allBest("4.00", "4.00").with("HBB", Answer.option("E"));
		GapReport gap = this.explainer.explain(worksheet, Predicate.NONE, Predicate.WBK);
		assertThat(gap.failingGates()).extracting(GateResult::gate).contains(GateName.CAPAIAN_KINERJA);
		assertThat(gap.plan()).singleElement().satisfies((step) -> {
			assertThat(step.itemCode()).isEqualTo("HBB");
			assertThat(step.from()).isEqualTo("E");
			assertThat(step.to().letter()).isEqualTo("C");
			assertThat(step.pointsGained()).isEqualByComparingTo("2.50");
		});
	}

	@Test
	void aLowIpkpCannotBeMetByThePengungkitAlone() {
		GapReport gap = this.explainer.explain(allBest("4.00", "2.00").with("PPA1A", Answer.option("TIDAK")),
				Predicate.NONE, Predicate.WBK);
		assertThat(gap.feasibility()).isEqualTo(GapReport.Feasibility.NOT_BY_PENGUNGKIT_ALONE);
		assertThat(gap.unreachableGates()).extracting(GateResult::gate).containsExactly(GateName.IPKP);
		assertThat(gap.unreachableGates().get(0).shortfall()).isEqualByComparingTo("5.25");
		assertThat(gap.plan()).isEmpty();
		assertThat(gap.improvements()).extracting(Improvement::itemCode).containsExactly("PPA1A");
	}

	@Test
	void improvementsAreRankedByPointsAndNameTheNextAndTheBestOption() {
		GapReport gap = this.explainer.explain(Worksheet.empty().with("PPA3A", Answer.option("C")), Predicate.NONE,
				Predicate.WBK);
		assertThat(gap.improvements()).isSortedAccordingTo((a, b) -> b.pointsToBest().compareTo(a.pointsToBest()));
		assertThat(gap.improvements()).extracting(Improvement::itemCode).doesNotContain("PRA1A", "HBA", "HPA");
		assertThat(gap.improvements().get(0).itemCode()).isEqualTo("HBB");
		Improvement ppa3a = improvement(gap, "PPA3A");
		assertThat(ppa3a.currentLetter()).isEqualTo("C");
		assertThat(ppa3a.next().letter()).isEqualTo("B");
		assertThat(ppa3a.best().letter()).isEqualTo("A");
		assertThat(ScoreReport.cents(ppa3a.pointsToNext())).isEqualByComparingTo("0.11");
		Improvement unanswered = improvement(gap, "PPA3B");
		assertThat(unanswered.currentLetter()).isNull();
		assertThat(unanswered.next().letter()).isEqualTo("C");
	}

	@Test
	void noneIsNotAPredicateToAimFor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.explainer.explain(Worksheet.empty(), Predicate.NONE, Predicate.NONE))
			.withMessageContaining("WBK or WBBM");
	}

	private static Improvement improvement(GapReport gap, String code) {
		return gap.improvements().stream().filter((i) -> i.itemCode().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * All best with index 4.00, except every lettered item of one area at its worst
	 * option.
	 */
	private static Worksheet worstIn(Area area) {
		Map<String, Answer> answers = new LinkedHashMap<>(allBest("4.00", "4.00").answers());
		for (Item item : TEMPLATE.items()) {
			if (item.area() == area && item.answerType().isLettered()) {
				answers.put(item.code(), Answer.option(item.options().get(item.options().size() - 1).letter()));
			}
		}
		return new Worksheet(answers);
	}

	private static ScoreReport rescored(Worksheet worksheet, List<GapStep> plan, Predicate held) {
		Worksheet changed = worksheet;
		for (GapStep step : plan) {
			changed = changed.with(step.itemCode(), Answer.option(step.to().letter()));
		}
		return ENGINE.score(changed, held);
	}

}
