package id.ruangzi.notification;

/**
 * The e-mails Ruang ZI sends; each person may turn each kind off. Subjects and texts are
 * the message keys {@code notification.mail.<NAME>.*}.
 */
public enum MailKind {

	/** A task of which the person is in charge is due in seven days. */
	TASK_DUE_7,

	/** A task of which the person is in charge is due tomorrow. */
	TASK_DUE_1,

	/**
	 * Every morning, the overdue tasks the person is in charge of or coordinates.
	 */
	OVERDUE_DIGEST,

	/** A supervisor returned the unit's programme for revision. */
	REVISION_REQUESTED,

	/** A supervisor completed the review of the unit's programme. */
	REVIEW_COMPLETED

}
