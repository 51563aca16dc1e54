package id.ruangzi.organisation.internal;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.UnitType;

/**
 * One line of the administrators' unit tree.
 *
 * @param id the unit's id
 * @param code the unique code
 * @param name the name
 * @param type the kind of unit
 * @param madrasahLevel the level of a madrasah, else null
 * @param parentCode the parent's code, null for a top unit
 * @param instansiName the agency's name
 * @param depth how deep the unit sits, 0 for a top unit
 * @param active false once deactivated
 */
public record UnitTreeRow(long id, String code, String name, UnitType type, MadrasahLevel madrasahLevel,
		String parentCode, String instansiName, int depth, boolean active) {

	/** Deep trees are indented only so far, so names stay readable. */
	static final int MAX_INDENT = 8;

	/**
	 * How far the line is indented in the tree view.
	 * @return the depth, capped
	 */
	public int indent() {
		return Math.min(this.depth, MAX_INDENT);
	}

}
