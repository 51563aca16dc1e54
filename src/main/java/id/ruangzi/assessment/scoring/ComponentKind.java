package id.ruangzi.assessment.scoring;

/** The two komponen of the worksheet. */
public enum ComponentKind {

	/** Enablers: what the unit does (Pemenuhan and Reform), weight 60. */
	PENGUNGKIT,

	/** Results: survey indexes and performance, weight 40. */
	HASIL

}
