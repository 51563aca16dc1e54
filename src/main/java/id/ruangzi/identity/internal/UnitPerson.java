package id.ruangzi.identity.internal;

import id.ruangzi.identity.Role;

/**
 * A person holding a role on a unit.
 *
 * @param username the login name
 * @param fullName the full name
 * @param role the role held on the unit
 * @param active false once deactivated
 */
public record UnitPerson(String username, String fullName, Role role, boolean active) {

}
