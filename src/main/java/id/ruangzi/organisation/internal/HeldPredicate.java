package id.ruangzi.organisation.internal;

/**
 * The predicate a unit holds.
 *
 * @param predicate NONE, WBK or WBBM
 * @param year the year of the award, null for NONE
 */
public record HeldPredicate(String predicate, Integer year) {

}
