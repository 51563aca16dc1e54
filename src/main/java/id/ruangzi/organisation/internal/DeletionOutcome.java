package id.ruangzi.organisation.internal;

/**
 * What came of an attempt to delete a unit.
 */
public enum DeletionOutcome {

	/** The unit is gone. */
	DELETED,
	/** The unit has units below it; deactivate it, or move or delete them first. */
	HAS_CHILDREN,
	/** Other data (role assignments, programmes) refers to the unit; deactivate it. */
	IN_USE

}
