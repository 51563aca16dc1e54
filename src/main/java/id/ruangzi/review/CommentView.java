package id.ruangzi.review;

import java.time.Instant;

/**
 * One message in an item's thread.
 *
 * @param id the comment's id
 * @param itemCode the LKE item
 * @param authorName who wrote it
 * @param reviewer whether the author wrote as a supervisor
 * @param body the text
 * @param createdAt when
 */
public record CommentView(long id, String itemCode, String authorName, boolean reviewer, String body,
		Instant createdAt) {

}
