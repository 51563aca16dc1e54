package id.ruangzi.notification;

import java.time.OffsetDateTime;

/**
 * One notification as its recipient sees it; the text comes from the message key of the
 * kind with the unit name, the round, the item and the actor as arguments.
 *
 * @param id the notification's id
 * @param kind what happened
 * @param programmeId the programme
 * @param unitName the programme's unit
 * @param round the review round, if any
 * @param itemCode the LKE item, if any
 * @param actorName who wrote, for comments
 * @param createdAt when, in the application's zone (WIB)
 * @param read whether the recipient opened it
 */
public record NotificationView(long id, NotificationKind kind, long programmeId, String unitName, Integer round,
		String itemCode, String actorName, OffsetDateTime createdAt, boolean read) {

	/**
	 * @return the message key of the text
	 */
	public String messageKey() {
		return "notification.kind." + this.kind.name();
	}

}
