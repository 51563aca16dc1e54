package id.ruangzi.organisation;

/**
 * A unit as lists and the API show it.
 *
 * @param id the unit's id
 * @param code the unique code
 * @param name the name
 * @param type the kind of unit
 * @param parentCode the parent's code, null for a top unit
 * @param depth how deep the unit sits in its tree, 0 for a top unit
 * @param active false once deactivated
 */
public record UnitListing(long id, String code, String name, UnitType type, String parentCode, int depth,
		boolean active) {

}
