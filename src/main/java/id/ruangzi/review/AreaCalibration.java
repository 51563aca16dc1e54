package id.ruangzi.review;

import java.math.BigDecimal;

/**
 * One area's score by the unit's own answers beside the score with the reviewer's
 * answers, both from the same engine, so that over-claiming shows.
 *
 * @param area the area letter A-F
 * @param name its name
 * @param weight its weight
 * @param unitScore by the unit's frozen answers, 2 decimals
 * @param reviewerScore with the reviewer's answers where given, 2 decimals
 */
public record AreaCalibration(String area, String name, BigDecimal weight, BigDecimal unitScore,
		BigDecimal reviewerScore) {

	/**
	 * @return the reviewer's score minus the unit's: negative when the unit over-claimed
	 */
	public BigDecimal difference() {
		return this.reviewerScore.subtract(this.unitScore);
	}

}
