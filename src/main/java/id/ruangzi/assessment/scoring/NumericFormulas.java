package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The eight NUMERIC formulas of PermenPANRB 90/2021, keyed by item code. They are code,
 * not data, because each has its own zero-denominator rule; a template naming a NUMERIC
 * item without a formula here is refused when it is built.
 */
final class NumericFormulas {

	private static final Map<String, NumericFormula> BY_CODE = Map.of(
			// Changes made per change agent; no agents means no commitment to show.
			"PRA1A", ratio("PRA1A", "perubahan", "agen"),
			// Share of changes integrated into the management system.
			"PRA1B", ratio("PRA1B", "terintegrasi", "perubahan"), "PRC3A",
			new NumericFormula("PRC3A", Set.of("tahun_lalu", "tahun_ini"), NumericFormulas::disciplineDrop), "PRD1A",
			ratio("PRD1A", "tercapai", "sasaran"), "PRE2A",
			new NumericFormula("PRE2A", Set.of("harus", "selesai"), NumericFormulas::complaintsHandled), "PRE3A",
			sumRatio("PRE3A", "wajib_kepala", "wajib_pejabat", "wajib_lainnya"), "PRE3B",
			sumRatio("PRE3B", "wajib_eselon3", "wajib_eselon4", "wajib_fungsional"), "PRF1B",
			ratio("PRF1B", "dipermudah", "terdaftar"));

	private NumericFormulas() {
	}

	static Optional<NumericFormula> forCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/** numerator / denominator, 0 when the denominator is 0. */
	private static NumericFormula ratio(String code, String numerator, String denominator) {
		return new NumericFormula(code, Set.of(numerator, denominator),
				(in) -> ratioOrZero(in.get(numerator), in.get(denominator)));
	}

	/** sudah / (sum of those obliged to report), 0 when nobody is obliged. */
	private static NumericFormula sumRatio(String code, String first, String second, String third) {
		return new NumericFormula(code, Set.of("sudah", first, second, third),
				(in) -> ratioOrZero(in.get("sudah"), in.get(first).add(in.get(second)).add(in.get(third))));
	}

	/**
	 * Fewer disciplinary violations than last year. Zero both years is the best outcome
	 * (1); violations appearing after a clean year is the worst (0).
	 */
	private static BigDecimal disciplineDrop(Map<String, BigDecimal> in) {
		BigDecimal lastYear = in.get("tahun_lalu");
		BigDecimal thisYear = in.get("tahun_ini");
		if (lastYear.signum() == 0) {
			return (thisYear.signum() == 0) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return Scores.divide(lastYear.subtract(thisYear), lastYear);
	}

	/** Complaints settled; with nothing to handle there is nothing left undone (1). */
	private static BigDecimal complaintsHandled(Map<String, BigDecimal> in) {
		BigDecimal due = in.get("harus");
		return (due.signum() == 0) ? BigDecimal.ONE : Scores.divide(in.get("selesai"), due);
	}

	private static BigDecimal ratioOrZero(BigDecimal numerator, BigDecimal denominator) {
		return (denominator.signum() == 0) ? BigDecimal.ZERO : Scores.divide(numerator, denominator);
	}

}
