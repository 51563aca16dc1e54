package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;

/**
 * One answer change in a plan that makes the score gates pass.
 *
 * @param itemCode the item
 * @param area its area, {@code null} for HBB
 * @param from the current answer, {@code null} when unanswered
 * @param to the answer to reach
 * @param pointsGained score gained (exact)
 */
public record GapStep(String itemCode, Area area, String from, Option to, BigDecimal pointsGained) {
}
