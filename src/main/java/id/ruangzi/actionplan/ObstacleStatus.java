package id.ruangzi.actionplan;

/** Where the handling of an obstacle stands. */
public enum ObstacleStatus {

	/** Noted, nobody works on it yet. */
	TERBUKA,
	/** Being handled. */
	DITANGANI,
	/** Resolved. */
	SELESAI

}
