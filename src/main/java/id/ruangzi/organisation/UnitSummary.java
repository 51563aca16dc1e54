package id.ruangzi.organisation;

/**
 * What other modules need to know about a unit.
 *
 * @param id the unit's id
 * @param code the unique code used in URLs, imports and the API
 * @param name the unit's name
 * @param type the kind of unit
 * @param parentId the parent's id, null for a top unit
 * @param path the materialised path of ids, {@code /1/5/23/}
 */
public record UnitSummary(long id, String code, String name, UnitType type, Long parentId, String path) {

	/**
	 * Whether the other unit is this one or lies anywhere below it.
	 * @param other the unit to test
	 * @return true when {@code other} is in this unit's subtree
	 */
	public boolean contains(UnitSummary other) {
		return other.path().startsWith(this.path);
	}

}
