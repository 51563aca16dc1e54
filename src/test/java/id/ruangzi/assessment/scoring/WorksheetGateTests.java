package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.ruangzi.assessment.scoring.LkeFixtures.ENGINE;
import static id.ruangzi.assessment.scoring.LkeFixtures.allBest;
import static id.ruangzi.assessment.scoring.LkeFixtures.inputs;
import static org.assertj.core.api.Assertions.assertThat;

/** Gate boundaries reached through real worksheets, as a unit would fill them in. */
class WorksheetGateTests {

	@ParameterizedTest(name = "IPKP index {1} gives {2} and {0} passes its IPKP gate: {3}")
	@CsvSource({ "WBK, 3.19, 13.96, false, 0.04", "WBK, 3.20, 14.00, true, 0", "WBBM, 3.59, 15.71, false, 0.04",
			"WBBM, 3.60, 15.75, true, 0" })
	void ipkpGate(Predicate predicate, String index, BigDecimal value, boolean passes, BigDecimal shortfall) {
		GateResult gate = gate(allBest("4.00", index), predicate, GateName.IPKP);
		assertThat(gate.value()).isEqualTo(value);
		assertThat(gate.passed()).isEqualTo(passes);
		assertThat(gate.shortfall()).isEqualByComparingTo(shortfall);
	}

	@ParameterizedTest(name = "IPAK index {1} gives {2} and {0} passes its IPAK gate: {3}")
	@CsvSource({ "WBK, 3.59, 15.71, false", "WBK, 3.60, 15.75, true", "WBBM, 3.59, 15.71, false",
			"WBBM, 3.60, 15.75, true" })
	void ipakGate(Predicate predicate, String index, BigDecimal value, boolean passes) {
		GateResult gate = gate(allBest(index, "4.00"), predicate, GateName.IPAK);
		assertThat(gate.value()).isEqualTo(value);
		assertThat(gate.passed()).isEqualTo(passes);
	}

	@ParameterizedTest(name = "HBB option {1} gives {2} and {0} passes capaian kinerja: {3}")
	@CsvSource({ "WBK, C, 2.50, true", "WBK, D, 1.25, false", "WBBM, B, 3.75, true", "WBBM, C, 2.50, false" })
	void capaianKinerjaGate(Predicate predicate, String option, BigDecimal value, boolean passes) {
		GateResult gate = gate(allBest("4.00", "4.00").with("HBB", Answer.option(option)), predicate,
				GateName.CAPAIAN_KINERJA);
		assertThat(gate.value()).isEqualTo(value);
		assertThat(gate.passed()).isEqualTo(passes);
	}

	@ParameterizedTest(name = "IPAK {1} and HBB {2} give {3} and {0} passes bersih-akuntabel: {4}")
	@CsvSource({ "WBK, 3.60, C, 18.25, true", "WBK, 3.59, C, 18.21, false", "WBBM, 3.60, B, 19.50, true",
			"WBBM, 3.59, B, 19.46, false" })
	void bersihAkuntabelGate(Predicate predicate, String ipak, String hbb, BigDecimal value, boolean passes) {
		GateResult gate = gate(allBest(ipak, "4.00").with("HBB", Answer.option(hbb)), predicate,
				GateName.BERSIH_AKUNTABEL);
		assertThat(gate.value()).isEqualTo(value);
		assertThat(gate.passed()).isEqualTo(passes);
	}

	// Area D weighs 10: Pemenuhan 5 at best, Reform PRD1A (2 x tercapai/sasaran) + PRD2A
	// (1.5)
	// + PRD3A (0 here), so the percent is (5 + PRD2A + 2 x ratio) x 10.
	@ParameterizedTest(name = "area D at {3}% ({0}, PRD2A {1}, {2}) passes: {4}")
	@CsvSource({ "WBK, D, 999/2000, 59.99, false", "WBK, D, 1999/4000, 60.00, true", "WBK, D, 1/2, 60.00, true",
			"WBBM, A, 999/2000, 74.99, false", "WBBM, A, 1/2, 75.00, true" })
	void areaGateComparesThePercentRoundedToCents(Predicate predicate, String prd2a, String ratio, BigDecimal percent,
			boolean passes) {
		String[] parts = ratio.split("/");
		Worksheet worksheet = allBest("4.00", "4.00").with("PRD1A", inputs("sasaran", parts[1], "tercapai", parts[0]))
			.with("PRD2A", Answer.option(prd2a))
			.with("PRD3A", Answer.option("D"));
		GateResult gate = gate(worksheet, predicate, GateName.AREA_D);
		assertThat(gate.value()).isEqualTo(percent);
		assertThat(gate.passed()).isEqualTo(passes);
		assertThat(gate.threshold()).isEqualByComparingTo((predicate == Predicate.WBK) ? "60" : "75");
	}

	// All best but IPAK and IPKP low and PRE2A (3) at 0; PRD1A (weight 2) tunes the
	// total.
	@ParameterizedTest(name = "a total of {4} passes {0}: {5}")
	@CsvSource({ "WBK, 1.00, 2.00, 15/16, 75.00, true", "WBK, 1.00, 2.00, 187/200, 75.00, true",
			"WBK, 1.00, 2.00, 373/400, 74.99, false", "WBBM, 3.00, 3.00, 3/8, 85.00, true",
			"WBBM, 3.00, 3.00, 37/100, 84.99, false" })
	void totalGate(Predicate predicate, String ipak, String ipkp, String ratio, BigDecimal total, boolean passes) {
		String[] parts = ratio.split("/");
		Worksheet worksheet = allBest(ipak, ipkp).with("PRE2A", inputs("harus", 1, "selesai", 0))
			.with("PRD1A", inputs("sasaran", parts[1], "tercapai", parts[0]));
		if (predicate == Predicate.WBBM) {
			worksheet = worksheet.with("PRC3A", inputs("tahun_lalu", 0, "tahun_ini", 1));
		}
		GateResult gate = gate(worksheet, predicate, GateName.TOTAL);
		assertThat(gate.value()).isEqualTo(total);
		assertThat(gate.passed()).isEqualTo(passes);
	}

	// Pengungkit is 60 at best. For WBBM every NUMERIC item but PRF1B (weight 1.25) is at
	// 0
	// (-11), PRF1B tunes the rest; for WBK the lettered Reform items lose 11 more and
	// PRD1A
	// (weight 2) tunes.
	@ParameterizedTest(name = "a pengungkit of {2} passes {0}: {3}")
	@CsvSource({ "WBBM, 1/5, 48.00, true", "WBBM, 24/125, 47.99, false", "WBK, 1/1, 40.00, true",
			"WBK, 199/200, 39.99, false" })
	void pengungkitGate(Predicate predicate, String ratio, BigDecimal pengungkit, boolean passes) {
		String[] parts = ratio.split("/");
		Worksheet worksheet = allBest("4.00", "4.00").with("PRE2A", inputs("harus", 1, "selesai", 0))
			.with("PRC3A", inputs("tahun_lalu", 0, "tahun_ini", 1))
			.with("PRE3A", inputs("wajib_kepala", 1, "wajib_pejabat", 0, "wajib_lainnya", 0, "sudah", 0))
			.with("PRE3B", inputs("wajib_eselon3", 1, "wajib_eselon4", 0, "wajib_fungsional", 0, "sudah", 0))
			.with("PRA1A", inputs("agen", 1, "perubahan", 0))
			.with("PRA1B", inputs("perubahan", 1, "terintegrasi", 0));
		if (predicate == Predicate.WBBM) {
			worksheet = worksheet.with("PRD1A", inputs("sasaran", 1, "tercapai", 0))
				.with("PRF1B", inputs("terdaftar", parts[1], "dipermudah", parts[0]));
		}
		else {
			worksheet = worksheet.with("PRD1A", inputs("sasaran", parts[1], "tercapai", parts[0]))
				.with("PRC1A", Answer.option("C"))
				.with("PRC2A", Answer.option("C"))
				.with("PRE1A", Answer.option("E"))
				.with("PRF2A", Answer.option("D"))
				.with("PRD2A", Answer.option("D"))
				.with("PRD3A", Answer.option("D"));
		}
		GateResult gate = gate(worksheet, predicate, GateName.PENGUNGKIT);
		assertThat(gate.value()).isEqualTo(pengungkit);
		assertThat(gate.passed()).isEqualTo(passes);
	}

	private static GateResult gate(Worksheet worksheet, Predicate predicate, GateName gate) {
		return ENGINE.score(worksheet, Predicate.WBK).readiness(predicate).gate(gate);
	}

}
