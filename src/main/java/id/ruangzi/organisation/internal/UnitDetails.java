package id.ruangzi.organisation.internal;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.MadrasahStatus;
import id.ruangzi.organisation.UnitType;

/**
 * A unit as its edit page shows it, with the version the edit must come back with.
 *
 * @param code the unique code
 * @param name the name
 * @param type the kind of unit
 * @param madrasahLevel the level, for a madrasah
 * @param madrasahStatus the status, for a madrasah
 * @param address the address
 * @param headName the head's name
 * @param parentCode the parent's code, null for a top unit
 * @param instansiCode the agency's code
 * @param active false once deactivated
 * @param version the optimistic-lock version
 */
public record UnitDetails(String code, String name, UnitType type, MadrasahLevel madrasahLevel,
		MadrasahStatus madrasahStatus, String address, String headName, String parentCode, String instansiCode,
		boolean active, long version) {

}
