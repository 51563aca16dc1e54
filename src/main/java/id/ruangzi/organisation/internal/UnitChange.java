package id.ruangzi.organisation.internal;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.MadrasahStatus;
import id.ruangzi.organisation.UnitType;

/**
 * What an administrator enters for a unit, already checked for form; the tree rules
 * (known parent, no cycle, free code) are checked by {@link UnitAdministration}.
 *
 * @param code the unique code (ignored on edit: codes do not change)
 * @param name the name
 * @param type the kind of unit
 * @param madrasahLevel the level, for a madrasah
 * @param madrasahStatus the status, for a madrasah
 * @param address the address, optional
 * @param headName the head's name, optional
 * @param parentCode the parent's code, blank for a top unit
 * @param instansiCode the agency's code
 */
public record UnitChange(String code, String name, UnitType type, MadrasahLevel madrasahLevel,
		MadrasahStatus madrasahStatus, String address, String headName, String parentCode, String instansiCode) {

}
