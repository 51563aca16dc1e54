package id.ruangzi.review;

/**
 * An item whose answer differs between two rounds.
 *
 * @param itemCode the LKE item
 * @param before the answer in the earlier round, or null
 * @param after the answer in the later round, or null
 */
public record ItemChange(String itemCode, ItemValue before, ItemValue after) {

}
