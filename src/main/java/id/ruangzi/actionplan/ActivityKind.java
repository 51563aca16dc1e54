package id.ruangzi.actionplan;

/**
 * What kind of activity (kegiatan) a unit or its supervisor records. Labels come from the
 * messages ({@code activity.kind.<NAME>}).
 */
public enum ActivityKind {

	/** A coordination meeting of the ZI team. */
	RAPAT_KOORDINASI,
	/**
	 * A coaching visit; the only kind a supervisor (pembina) records, with feedback.
	 */
	PENDAMPINGAN,
	/** Socialisation to staff or the public. */
	SOSIALISASI,
	/** Training or a workshop. */
	PELATIHAN,
	/** A study visit to a unit that holds the predicate. */
	STUDI_BANDING,
	/** Monitoring and evaluation. */
	MONEV

}
