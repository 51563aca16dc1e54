package id.ruangzi.actionplan;

/**
 * What a person enters for a new or changed obstacle.
 *
 * @param description what holds the programme back, required
 * @param areaCode an area A-F, or null
 * @param severity how badly, required
 * @param mitigation what is done about it, or null
 * @param ownerId who handles it (a person of the unit), or null
 * @param status where the handling stands; null for a new obstacle means open
 */
public record ObstacleDraft(String description, String areaCode, ObstacleSeverity severity, String mitigation,
		Long ownerId, ObstacleStatus status) {

}
