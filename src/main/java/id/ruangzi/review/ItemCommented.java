package id.ruangzi.review;

/**
 * Someone wrote in an item's thread.
 *
 * @param programmeId the programme
 * @param unitId its unit
 * @param itemCode the LKE item
 * @param authorId the user who wrote
 * @param commentId the new comment
 */
public record ItemCommented(long programmeId, long unitId, String itemCode, long authorId, long commentId) {

}
