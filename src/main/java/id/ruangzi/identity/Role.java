package id.ruangzi.identity;

/**
 * What a person may do, always on a unit and its subtree, except the global
 * administrator.
 */
public enum Role {

	/** Units, users, templates and periods, everywhere. */
	ADMINISTRATOR,
	/** Pembina, pendamping or TPI: sees and reviews a unit and everything below it. */
	SUPERVISOR,
	/** Kepala unit: full control of the unit's programme. */
	UNIT_HEAD,
	/** Ketua Tim ZI: full control of the unit's programme. */
	TEAM_LEAD,
	/** Koordinator pokja: items, tasks and evidence of their area. */
	COORDINATOR,
	/** Anggota pokja: what is assigned to them. */
	MEMBER

}
