package id.ruangzi.review;

/** Where a programme's review stands, from its latest round. */
public enum ReviewStatus {

	/** Never submitted. */
	NOT_SUBMITTED,
	/** The latest round is open: the supervisor has it. */
	IN_REVIEW,
	/** The latest round was returned for revision. */
	RETURNED,
	/** The latest round's review is complete. */
	COMPLETED

}
