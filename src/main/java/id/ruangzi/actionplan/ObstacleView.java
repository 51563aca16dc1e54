package id.ruangzi.actionplan;

/**
 * An obstacle (kendala) as pages show it.
 *
 * @param id the obstacle
 * @param programmeId its programme
 * @param description what holds the programme back
 * @param areaCode the change area A-F, or null
 * @param severity how badly
 * @param mitigation what is done about it, or null
 * @param ownerId who handles it, or null
 * @param ownerName their full name, or null
 * @param status where the handling stands
 * @param version the version, for edits
 * @param mayEdit whether the user may change it
 */
public record ObstacleView(long id, long programmeId, String description, String areaCode, ObstacleSeverity severity,
		String mitigation, Long ownerId, String ownerName, ObstacleStatus status, long version, boolean mayEdit) {

}
