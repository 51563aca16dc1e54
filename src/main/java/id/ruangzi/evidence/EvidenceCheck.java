package id.ruangzi.evidence;

/** The evidence checks of a programme, in the order the page shows them. */
public enum EvidenceCheck {

	/** An item answered above zero without any evidence. */
	UNSUPPORTED_ANSWER,

	/** Evidence whose document date is not in the programme's year. */
	OUTSIDE_YEAR,

	/**
	 * The same file (same SHA-256 of the current revision) on items of different
	 * sub-indicators.
	 */
	SHARED_FILE,

	/**
	 * An item with evidence of which none is of a kind its typical evidence names.
	 */
	KIND_MISMATCH

}
