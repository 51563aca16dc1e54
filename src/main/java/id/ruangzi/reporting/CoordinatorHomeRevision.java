package id.ruangzi.reporting;

/**
 * A revision a supervisor asked for (verdict PERLU_REVISI) that waits for the pokja.
 *
 * @param itemCode the item
 * @param round the review round
 * @param note the supervisor's note, or null
 * @param reviewedBy who asked
 */
public record CoordinatorHomeRevision(String itemCode, int round, String note, String reviewedBy) {

}
