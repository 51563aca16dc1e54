package id.ruangzi.review;

import java.time.Instant;

/**
 * A supervisor's verdict on one item in one round.
 *
 * @param roundNumber the round
 * @param itemCode the LKE item
 * @param verdict DITERIMA or PERLU_REVISI
 * @param reviewerAnswer the supervisor's own answer (nilai TPI), or null
 * @param note the supervisor's note, or null
 * @param reviewedBy who gave it
 * @param updatedAt when
 * @param version to send back with the next change
 */
public record VerdictView(int roundNumber, String itemCode, Verdict verdict, ItemValue reviewerAnswer, String note,
		String reviewedBy, Instant updatedAt, long version) {

}
