package id.ruangzi.identity;

/**
 * What a person may want to do on a unit; {@link AccessPolicy} decides.
 */
public enum Action {

	/** See the unit and its programme. */
	VIEW,
	/**
	 * Review the unit's submissions and record coaching: supervisors of the unit's
	 * subtree.
	 */
	REVIEW,
	/** Open and run the unit's programme: unit head and team lead. */
	MANAGE_PROGRAMME,
	/** Fill LKE items and plan tasks: unit head, team lead, coordinators. */
	EDIT_ASSESSMENT,
	/**
	 * Give people roles in the unit: administrators, and the unit head for pokja roles.
	 */
	ASSIGN_ROLES,
	/** Change the unit itself and the unit tree: administrators. */
	ADMINISTER

}
