package id.ruangzi.identity.internal;

import id.ruangzi.identity.Role;

/**
 * A role with the unit it applies to, for display.
 *
 * @param role the role
 * @param unitCode the unit's code, null for administrators
 * @param unitName the unit's name, null for administrators
 */
public record RoleLine(Role role, String unitCode, String unitName) {

}
