package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static id.ruangzi.assessment.scoring.LkeFixtures.ENGINE;
import static id.ruangzi.assessment.scoring.LkeFixtures.TEMPLATE;
import static id.ruangzi.assessment.scoring.LkeFixtures.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The value v of one item for every kind of answer, scored through the engine. */
class ItemValueTests {

	@ParameterizedTest(name = "{0} answered {1} is worth {2}")
	@CsvSource({ "PPA1A, YA, 1.00", "PPA1A, TIDAK, 0.00", "PPA1A, ya, 1.00", "PPA1B, A, 1.00", "PPA1B, B, 0.50",
			"PPA1B, C, 0.00", "PPA3A, A, 1.00", "PPA3A, B, 0.67", "PPA3A, C, 0.33", "PPA3A, D, 0.00", "PPB1B, A, 1.00",
			"PPB1B, B, 0.75", "PPB1B, C, 0.50", "PPB1B, D, 0.25", "PPB1B, E, 0.00", "HBB, A, 1.00", "HBB, C, 0.50",
			"HBB, E, 0.00" })
	void everyOptionOfEveryLetteredTypeHasTheValueOfTheTemplate(String code, String letter, BigDecimal value) {
		ScoreReport.ItemScore score = scoreOf(code, Answer.option(letter));
		assertThat(score.value()).isEqualByComparingTo(value);
		// the weight of a third is kept to 20 decimals, so the score is exact to 20
		// decimals
		assertThat(score.score()).isCloseTo(value.multiply(weight(code)), within(new BigDecimal("1e-20")));
	}

	@ParameterizedTest(name = "{0} index {1} is worth {2} and scores {3}")
	@CsvSource({ "HBA, 3.60, 0.90, 15.75", "HBA, 4.00, 1, 17.5", "HBA, 1.00, 0.25, 4.375",
			"HPA, 3.19, 0.7975, 13.95625", "HPA, 3.20, 0.80, 14.00", "HPA, 3.60, 0.90, 15.75",
			"HPA, 2.00, 0.50, 8.75" })
	void aSurveyIndexIsWorthAQuarterOfItself(String code, String index, BigDecimal value, BigDecimal score) {
		ScoreReport.ItemScore result = scoreOf(code, Answer.index(index));
		assertThat(result.value()).isEqualByComparingTo(value);
		assertThat(result.score()).isEqualByComparingTo(score);
	}

	static Stream<Arguments> formulas() {
		return Stream.of(arguments("PRA1A is changes per agent", "PRA1A", inputs("agen", 4, "perubahan", 3), "0.75"),
				arguments("PRA1A with no agents is 0", "PRA1A", inputs("agen", 0, "perubahan", 3), "0"),
				arguments("PRA1A above 1 clamps to 1", "PRA1A", inputs("agen", 2, "perubahan", 5), "1"),
				arguments("PRA1B is the integrated share", "PRA1B", inputs("perubahan", 8, "terintegrasi", 2), "0.25"),
				arguments("PRA1B with no changes is 0", "PRA1B", inputs("perubahan", 0, "terintegrasi", 0), "0"),
				arguments("PRA1B above 1 clamps to 1", "PRA1B", inputs("perubahan", 1, "terintegrasi", 2), "1"),
				arguments("PRC3A is the drop in violations", "PRC3A", inputs("tahun_lalu", 4, "tahun_ini", 1), "0.75"),
				arguments("PRC3A with none either year is 1", "PRC3A", inputs("tahun_lalu", 0, "tahun_ini", 0), "1"),
				arguments("PRC3A with new violations after a clean year is 0", "PRC3A",
						inputs("tahun_lalu", 0, "tahun_ini", 2), "0"),
				arguments("PRC3A with more violations is clamped to 0", "PRC3A",
						inputs("tahun_lalu", 2, "tahun_ini", 5), "0"),
				arguments("PRC3A ignores the sanctioned count", "PRC3A",
						inputs("tahun_lalu", 3, "tahun_ini", 2, "disanksi", 2), "0.33333333333333333333"),
				arguments("PRD1A is targets met", "PRD1A", inputs("sasaran", 5, "tercapai", 4), "0.8"),
				arguments("PRD1A with no targets is 0", "PRD1A", inputs("sasaran", 0, "tercapai", 0), "0"),
				arguments("PRD1A above 1 clamps to 1", "PRD1A", inputs("sasaran", 2, "tercapai", 3), "1"),
				arguments("PRE2A is complaints settled", "PRE2A", inputs("harus", 10, "proses", 3, "selesai", 7),
						"0.7"),
				arguments("PRE2A with nothing to handle is 1", "PRE2A", inputs("harus", 0, "selesai", 0), "1"),
				arguments("PRE2A above 1 clamps to 1", "PRE2A", inputs("harus", 2, "selesai", 3), "1"),
				arguments("PRE3A is reports over all obliged", "PRE3A",
						inputs("wajib_kepala", 1, "wajib_pejabat", 2, "wajib_lainnya", 5, "sudah", 6), "0.75"),
				arguments("PRE3A with nobody obliged is 0", "PRE3A",
						inputs("wajib_kepala", 0, "wajib_pejabat", 0, "wajib_lainnya", 0, "sudah", 0), "0"),
				arguments("PRE3A above 1 clamps to 1", "PRE3A",
						inputs("wajib_kepala", 1, "wajib_pejabat", 0, "wajib_lainnya", 0, "sudah", 2), "1"),
				arguments("PRE3B is reports over all obliged", "PRE3B",
						inputs("wajib_eselon3", 1, "wajib_eselon4", 1, "wajib_fungsional", 8, "sudah", 5), "0.5"),
				arguments("PRE3B with nobody obliged is 0", "PRE3B",
						inputs("wajib_eselon3", 0, "wajib_eselon4", 0, "wajib_fungsional", 0, "sudah", 3), "0"),
				arguments("PRE3B above 1 clamps to 1", "PRE3B",
						inputs("wajib_eselon3", 0, "wajib_eselon4", 0, "wajib_fungsional", 1, "sudah", 9), "1"),
				arguments("PRF1B is services simplified", "PRF1B", inputs("terdaftar", 3, "dipermudah", 1),
						"0.33333333333333333333"),
				arguments("PRF1B with no services is 0", "PRF1B", inputs("terdaftar", 0, "dipermudah", 0), "0"),
				arguments("PRF1B above 1 clamps to 1", "PRF1B", inputs("terdaftar", 3, "dipermudah", 4), "1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formulas")
	void numericItemsFollowTheirFormula(String description, String code, Answer answer, BigDecimal value) {
		ScoreReport.ItemScore score = scoreOf(code, answer);
		assertThat(score.value()).isEqualByComparingTo(value);
		assertThat(ScoreReport.cents(score.score()))
			.isEqualByComparingTo(ScoreReport.cents(value.multiply(weight(code))));
	}

	private static ScoreReport.ItemScore scoreOf(String code, Answer answer) {
		return ENGINE.score(Worksheet.empty().with(code, answer), Predicate.NONE).item(code);
	}

	private static BigDecimal weight(String code) {
		return TEMPLATE.item(code).orElseThrow().weight();
	}

}
