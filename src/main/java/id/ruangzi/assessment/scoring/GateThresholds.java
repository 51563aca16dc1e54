package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds one predicate demands. Data, not code: an administrator may change any
 * of them per template (public sources disagree on the WBBM column), so the engine only
 * reads them. Every score threshold is compared with the value rounded HALF_UP to 2
 * decimals.
 *
 * @param predicate the predicate these thresholds are for (WBK or WBBM)
 * @param total minimum total score
 * @param pengungkit minimum Pengungkit score
 * @param areaPercent minimum percent of its weight every area must reach
 * @param bersihAkuntabel minimum of HBA + HBB (Birokrasi yang Bersih dan Akuntabel)
 * @param ipak minimum HBA score (IPAK)
 * @param capaianKinerja minimum HBB score (capaian kinerja)
 * @param ipkp minimum HPA score (IPKP)
 * @param requiredHeld the predicate the unit must already hold
 */
public record GateThresholds(Predicate predicate, BigDecimal total, BigDecimal pengungkit, BigDecimal areaPercent,
		BigDecimal bersihAkuntabel, BigDecimal ipak, BigDecimal capaianKinerja, BigDecimal ipkp,
		Predicate requiredHeld) {

	public GateThresholds {
		Objects.requireNonNull(predicate, "predicate");
		Objects.requireNonNull(total, "total");
		Objects.requireNonNull(pengungkit, "pengungkit");
		Objects.requireNonNull(areaPercent, "areaPercent");
		Objects.requireNonNull(bersihAkuntabel, "bersihAkuntabel");
		Objects.requireNonNull(ipak, "ipak");
		Objects.requireNonNull(capaianKinerja, "capaianKinerja");
		Objects.requireNonNull(ipkp, "ipkp");
		Objects.requireNonNull(requiredHeld, "requiredHeld");
		if (predicate == Predicate.NONE) {
			throw new IllegalArgumentException("NONE is not a predicate one can aim for");
		}
	}

	/** The seeded WBK column of PermenPANRB 90/2021. */
	public static GateThresholds seededWbk() {
		return new GateThresholds(Predicate.WBK, new BigDecimal("75.00"), new BigDecimal("40.00"),
				new BigDecimal("60.00"), new BigDecimal("18.25"), new BigDecimal("15.75"), new BigDecimal("2.50"),
				new BigDecimal("14.00"), Predicate.NONE);
	}

	/**
	 * The seeded WBBM column of PermenPANRB 90/2021 (the stricter reading of the
	 * sources).
	 */
	public static GateThresholds seededWbbm() {
		return new GateThresholds(Predicate.WBBM, new BigDecimal("85.00"), new BigDecimal("48.00"),
				new BigDecimal("75.00"), new BigDecimal("19.50"), new BigDecimal("15.75"), new BigDecimal("3.75"),
				new BigDecimal("15.75"), Predicate.WBK);
	}

	/** The threshold of a score gate; every area gate shares {@link #areaPercent()}. */
	public BigDecimal threshold(GateName gate) {
		if (gate.isAreaGate()) {
			return this.areaPercent;
		}
		return switch (gate) {
			case TOTAL -> this.total;
			case PENGUNGKIT -> this.pengungkit;
			case BERSIH_AKUNTABEL -> this.bersihAkuntabel;
			case IPAK -> this.ipak;
			case CAPAIAN_KINERJA -> this.capaianKinerja;
			case IPKP -> this.ipkp;
			default -> throw new IllegalArgumentException(gate + " has no score threshold");
		};
	}

}
