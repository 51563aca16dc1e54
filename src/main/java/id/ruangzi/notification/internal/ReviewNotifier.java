package id.ruangzi.notification.internal;

import java.util.Collection;
import java.util.List;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.notification.NotificationKind;
import id.ruangzi.review.ItemCommented;
import id.ruangzi.review.ProgrammeSubmitted;
import id.ruangzi.review.ReviewClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the review's events into notifications, after the review's transaction committed
 * and in the background (a failure is retried from the event publication registry, never
 * rolled into the submission itself).
 * <p>
 * Recipients: a submission goes to every active supervisor whose scope covers the unit; a
 * return or a completion goes to everyone with a role on the unit (unit head, team lead,
 * coordinators, members): the people who see the programme and can act on the review. A
 * comment goes to the item's followers except its author, who then follows it too.
 */
@Component
public class ReviewNotifier {

	private final NotificationRepository notifications;

	private final ItemFollowRepository follows;

	private final IdentityApi identity;

	ReviewNotifier(NotificationRepository notifications, ItemFollowRepository follows, IdentityApi identity) {
		this.notifications = notifications;
		this.follows = follows;
		this.identity = identity;
	}

	@ApplicationModuleListener
	public void on(ProgrammeSubmitted event) {
		List<Long> reviewers = this.identity.reviewersOf(event.unitId()).stream().map(Person::id).toList();
		notify(reviewers, NotificationKind.PROGRAMME_SUBMITTED, event.programmeId(), event.unitId(), event.round(),
				null, null, review(event.programmeId()));
	}

	@ApplicationModuleListener
	public void on(ReviewClosed event) {
		NotificationKind kind = "RETURNED".equals(event.outcome()) ? NotificationKind.REVISION_REQUESTED
				: NotificationKind.REVIEW_COMPLETED;
		List<Long> staff = this.identity.peopleOfUnit(event.unitId()).stream().map(Person::id).toList();
		notify(staff, kind, event.programmeId(), event.unitId(), event.round(), null, null,
				review(event.programmeId()));
	}

	@ApplicationModuleListener
	public void on(ItemCommented event) {
		List<Long> followers = this.follows.followers(event.programmeId(), event.itemCode())
			.stream()
			.filter((id) -> id != event.authorId())
			.toList();
		notify(followers, NotificationKind.ITEM_COMMENTED, event.programmeId(), event.unitId(), null, event.itemCode(),
				event.authorId(), review(event.programmeId()) + "#thread-" + event.itemCode());
		this.follows.follow(event.authorId(), event.programmeId(), event.itemCode());
	}

	private void notify(Collection<Long> recipients, NotificationKind kind, long programmeId, long unitId,
			Integer round, String itemCode, Long actorId, String target) {
		this.notifications.saveAll(recipients.stream()
			.distinct()
			.map((recipient) -> new Notification(recipient, kind, programmeId, unitId, round, itemCode, actorId,
					target))
			.toList());
	}

	private static String review(long programmeId) {
		return "/programmes/" + programmeId + "/review";
	}

}
