package id.ruangzi.notification;

/**
 * What a notification tells; its text is the message key
 * {@code notification.kind.<NAME>}.
 */
public enum NotificationKind {

	/** A unit submitted its programme: to the supervisors who may review it. */
	PROGRAMME_SUBMITTED,

	/** A supervisor returned the programme for revision: to the unit's staff. */
	REVISION_REQUESTED,

	/** A supervisor completed the review: to the unit's staff. */
	REVIEW_COMPLETED,

	/** Someone wrote in a thread the recipient follows. */
	ITEM_COMMENTED

}
