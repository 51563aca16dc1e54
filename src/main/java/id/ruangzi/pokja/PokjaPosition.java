package id.ruangzi.pokja;

/**
 * A member's position in a pokja.
 */
public enum PokjaPosition {

	KETUA, SEKRETARIS, KOORDINATOR, ANGGOTA

}
