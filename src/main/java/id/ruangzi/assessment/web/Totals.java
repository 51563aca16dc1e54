package id.ruangzi.assessment.web;

import java.math.BigDecimal;

import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.SubComponentKind;

/**
 * A programme's headline scores, rounded as the API rounds them.
 *
 * @param total out of 100
 * @param pengungkit out of 60
 * @param pemenuhan out of 30
 * @param reform out of 30
 * @param hasil out of 40
 */
record Totals(BigDecimal total, BigDecimal pengungkit, BigDecimal pemenuhan, BigDecimal reform, BigDecimal hasil) {

	static Totals of(ScoreReport report) {
		return new Totals(report.roundedTotal(), ScoreReport.cents(report.component(ComponentKind.PENGUNGKIT).score()),
				ScoreReport.cents(report.subComponent(SubComponentKind.PEMENUHAN).score()),
				ScoreReport.cents(report.subComponent(SubComponentKind.REFORM).score()),
				ScoreReport.cents(report.component(ComponentKind.HASIL).score()));
	}

}
