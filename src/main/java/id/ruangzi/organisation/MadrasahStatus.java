package id.ruangzi.organisation;

/**
 * Whether a madrasah is run by the state (negeri) or by a foundation (swasta).
 */
public enum MadrasahStatus {

	NEGERI, SWASTA

}
