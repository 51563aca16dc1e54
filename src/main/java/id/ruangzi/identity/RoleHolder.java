package id.ruangzi.identity;

/**
 * An active person holding a role on a unit.
 *
 * @param userId the person
 * @param unitId the unit
 */
public record RoleHolder(long userId, long unitId) {

}
