package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static id.ruangzi.assessment.scoring.LkeFixtures.ENGINE;
import static id.ruangzi.assessment.scoring.LkeFixtures.TEMPLATE;
import static id.ruangzi.assessment.scoring.LkeFixtures.allBest;
import static id.ruangzi.assessment.scoring.LkeFixtures.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorksheetScoringTests {

	@Test
	void anAllBestWorksheetWithIndexesOfFourScoresExactly100() {
		ScoreReport report = ENGINE.score(allBest("4.00", "4.00"), Predicate.NONE);
		assertThat(report.roundedTotal()).isEqualTo(new BigDecimal("100.00"));
		assertThat(ScoreReport.cents(report.component(ComponentKind.PENGUNGKIT).score())).isEqualByComparingTo("60");
		assertThat(ScoreReport.cents(report.component(ComponentKind.HASIL).score())).isEqualByComparingTo("40");
		assertThat(ScoreReport.cents(report.subComponent(SubComponentKind.PEMENUHAN).score()))
			.isEqualByComparingTo("30");
		assertThat(ScoreReport.cents(report.subComponent(SubComponentKind.REFORM).score())).isEqualByComparingTo("30");
		assertThat(report.subComponent(SubComponentKind.BERSIH_AKUNTABEL).score()).isEqualByComparingTo("22.5");
		assertThat(report.subComponent(SubComponentKind.PELAYANAN_PRIMA).score()).isEqualByComparingTo("17.5");
		assertThat(report.areas()).hasSize(6)
			.allSatisfy((area) -> assertThat(ScoreReport.cents(area.percent())).isEqualByComparingTo("100.00"));
	}

	@Test
	void anAllBestWorksheetPassesTheScoreGatesOfBothPredicates() {
		ScoreReport report = ENGINE.score(allBest("4.00", "4.00"), Predicate.NONE);
		assertThat(report.readiness(Predicate.WBK).ready()).isTrue();
		assertThat(report.readiness(Predicate.WBBM).scoreGatesPassed()).isTrue();
	}

	@Test
	void wbbmAlsoNeedsAHeldWbk() {
		Worksheet best = allBest("4.00", "4.00");
		assertThat(ENGINE.score(best, Predicate.NONE).readiness(Predicate.WBBM).failing()).extracting(GateResult::gate)
			.containsExactly(GateName.PREDICATE_HELD);
		assertThat(ENGINE.score(best, Predicate.WBK).readiness(Predicate.WBBM).ready()).isTrue();
		assertThat(ENGINE.score(best, Predicate.WBBM).readiness(Predicate.WBBM).ready()).isTrue();
	}

	@ParameterizedTest(name = "an empty worksheet fails every score gate of {0}")
	@EnumSource(names = { "WBK", "WBBM" })
	void anEmptyWorksheetScoresZeroAndFailsEveryScoreGate(Predicate predicate) {
		ScoreReport report = ENGINE.score(Worksheet.empty(), Predicate.NONE);
		assertThat(report.roundedTotal()).isEqualTo(new BigDecimal("0.00"));
		assertThat(report.items()).allSatisfy((item) -> assertThat(item.answered()).isFalse());
		assertThat(report.readiness(predicate).gates()).filteredOn((g) -> g.gate().isScoreGate())
			.hasSize(12)
			.allSatisfy((gate) -> {
				assertThat(gate.passed()).isFalse();
				assertThat(gate.shortfall()).isEqualByComparingTo(gate.threshold());
			});
	}

	@Test
	void gateThresholdsAreDataThatCanChangeWithoutACodeChange() {
		GateThresholds lenientWbbm = new GateThresholds(Predicate.WBBM, new BigDecimal("85.00"),
				new BigDecimal("48.00"), new BigDecimal("75.00"), new BigDecimal("18.25"), new BigDecimal("15.75"),
				new BigDecimal("2.50"), new BigDecimal("15.75"), Predicate.WBK);
		ScoringEngine lenient = new ScoringEngine(TEMPLATE.withGates(lenientWbbm));
		Worksheet worksheet = allBest("4.00", "4.00").with("HBB", Answer.option("C"));
		assertThat(ENGINE.score(worksheet, Predicate.WBK).readiness(Predicate.WBBM).ready()).isFalse();
		assertThat(lenient.score(worksheet, Predicate.WBK).readiness(Predicate.WBBM).ready()).isTrue();
		assertThat(lenient.template().gates(Predicate.WBK)).isEqualTo(GateThresholds.seededWbk());
	}

	@Test
	void anUnansweredItemScoresZeroButItsWeightStillCounts() {
		ScoreReport report = ENGINE.score(Worksheet.empty().with("PPA1A", Answer.option("YA")), Predicate.NONE);
		ScoreReport.AreaScore areaA = report.area(Area.A);
		assertThat(areaA.score()).isEqualByComparingTo("0.25");
		assertThat(areaA.weight()).isEqualByComparingTo("8");
		assertThat(areaA.percent()).isEqualByComparingTo("3.125");
		assertThat(ScoreReport.cents(areaA.percent())).isEqualByComparingTo("3.13");
	}

	@Test
	void anAreaIsItsPemenuhanAndReformPartsTogether() {
		Worksheet worksheet = allBest("4.00", "4.00").with("PRA1A", inputs("agen", 4, "perubahan", 2))
			.with("PRA2A", Answer.option("E"))
			.with("PPA1A", Answer.option("TIDAK"));
		ScoreReport.AreaScore areaA = ENGINE.score(worksheet, Predicate.NONE).area(Area.A);
		assertThat(areaA.pemenuhan()).isEqualByComparingTo("3.75");
		assertThat(areaA.reform()).isEqualByComparingTo("2.5");
		assertThat(areaA.score()).isEqualByComparingTo("6.25");
		assertThat(areaA.percent()).isEqualByComparingTo("78.125");
		assertThat(areaA.name()).isEqualTo("Manajemen Perubahan");
	}

	@Test
	void everyLevelIsTheSumOfTheLevelBelow() {
		ScoreReport report = ENGINE.score(mixed(), Predicate.NONE);
		// items show their own share, rounded at 20 decimals; sub-indicators divide once
		assertThat(sum(report.subIndicators().stream().map(ScoreReport.SubIndicatorScore::score)))
			.isCloseTo(sum(report.items().stream().map(ScoreReport.ItemScore::score)), within(new BigDecimal("1e-18")));
		assertThat(sum(report.areas().stream().map(ScoreReport.AreaScore::score)))
			.isEqualByComparingTo(report.component(ComponentKind.PENGUNGKIT).score());
		assertThat(sum(report.subComponents().stream().map(ScoreReport.PartScore::score)))
			.isEqualByComparingTo(report.total());
		assertThat(sum(report.components().stream().map(ScoreReport.PartScore::score)))
			.isEqualByComparingTo(report.total());
		assertThat(report.subComponent(SubComponentKind.BERSIH_AKUNTABEL).score())
			.isEqualByComparingTo(report.item("HBA").score().add(report.item("HBB").score()));
	}

	@Test
	void aMixedWorksheetScoresTheIndependentlyComputedTotal() {
		// Every lettered item at its second option, numbers at v = 1, IPAK 3.00, IPKP
		// 2.00.
		// Computed outside Java from the CSV with exact fractions: 1549147/24000 =
		// 64.5477916...
		ScoreReport report = ENGINE.score(mixed(), Predicate.NONE);
		assertThat(report.item("PPA1B").value()).isEqualByComparingTo("0.50");
		assertThat(report.item("HBA").score()).isEqualByComparingTo("13.125");
		assertThat(report.roundedTotal()).isEqualTo(new BigDecimal("64.55"));
		assertThat(report.total()).isCloseTo(new BigDecimal("64.54779166666666666667"),
				within(new BigDecimal("1e-18")));
	}

	/**
	 * The second option of every lettered item, perfect numbers, IPAK 3.00, IPKP 2.00.
	 */
	private static Worksheet mixed() {
		Map<String, Answer> answers = new LinkedHashMap<>(allBest("3.00", "2.00").answers());
		for (Item item : TEMPLATE.items()) {
			if (item.answerType().isLettered()) {
				answers.put(item.code(), Answer.option(item.options().get(1).letter()));
			}
		}
		return new Worksheet(answers);
	}

	private static BigDecimal sum(java.util.stream.Stream<BigDecimal> values) {
		return values.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
