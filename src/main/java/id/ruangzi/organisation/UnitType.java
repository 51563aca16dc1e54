package id.ruangzi.organisation;

/**
 * Kinds of work unit across the agencies Ruang ZI serves.
 */
public enum UnitType {

	KANWIL, KANKEMENAG, MADRASAH, KUA, LAPAS, RUTAN, BAPAS, OPD, LAINNYA

}
