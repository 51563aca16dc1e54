package id.ruangzi.assessment;

import java.math.BigDecimal;

import id.ruangzi.assessment.scoring.Area;

/**
 * One change area of a programme over one month, as the coordinator report shows it.
 *
 * @param area the change area
 * @param items how many LKE items the area has
 * @param answeredAtEnd how many of them had an answer at the end of the month (or now,
 * for the current month)
 * @param changedInMonth how many of them had their answer changed during the month
 * @param scoreAtStart the area's score at the start of the month (0 before any answer)
 * @param scoreAtEnd the area's score at the end of the month
 */
public record AreaProgress(Area area, int items, int answeredAtEnd, int changedInMonth, BigDecimal scoreAtStart,
		BigDecimal scoreAtEnd) {

	/** How much the area's score changed in the month. */
	public BigDecimal scoreChange() {
		return this.scoreAtEnd.subtract(this.scoreAtStart);
	}

}
