package id.ruangzi.identity.internal;

import id.ruangzi.identity.Role;

/**
 * One role grant of one person, as a query row.
 *
 * @param userId the account id
 * @param role the role
 * @param unitId the unit, null for administrators
 */
public record GrantRow(long userId, Role role, Long unitId) {

}
