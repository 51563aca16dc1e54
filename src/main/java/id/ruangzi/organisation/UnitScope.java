package id.ruangzi.organisation;

import java.util.Set;

/**
 * Which units a person may see: everything, or some units exactly plus whole subtrees.
 * Built by the identity module from role grants; every unit query of this module takes
 * one.
 *
 * @param everything true for administrators
 * @param units units visible on their own (unit heads, team leads, coordinators, members)
 * @param subtrees units visible with everything below them (supervisors)
 */
public record UnitScope(boolean everything, Set<Long> units, Set<Long> subtrees) {

	public UnitScope {
		units = Set.copyOf(units);
		subtrees = Set.copyOf(subtrees);
	}

	public static UnitScope all() {
		return new UnitScope(true, Set.of(), Set.of());
	}

	public boolean isEmpty() {
		return !this.everything && this.units.isEmpty() && this.subtrees.isEmpty();
	}

}
