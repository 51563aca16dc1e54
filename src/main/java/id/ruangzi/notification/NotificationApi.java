package id.ruangzi.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.notification.internal.ItemFollowRepository;
import id.ruangzi.notification.internal.Notification;
import id.ruangzi.notification.internal.NotificationRepository;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's facade: a person's own notifications (the bell's count, the
 * list, opening one, marking all read) and following an item's thread. A person only ever
 * sees their own notifications; anyone else's id is not found.
 */
@Service
@Transactional(readOnly = true)
public class NotificationApi {

	private final NotificationRepository notifications;

	private final ItemFollowRepository follows;

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final AssessmentApi assessment;

	private final Clock clock;

	NotificationApi(NotificationRepository notifications, ItemFollowRepository follows, OrganisationApi organisation,
			IdentityApi identity, AssessmentApi assessment, Clock clock) {
		this.notifications = notifications;
		this.follows = follows;
		this.organisation = organisation;
		this.identity = identity;
		this.assessment = assessment;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @return how many of the user's notifications are unread, one query
	 */
	public long unreadCount(CurrentUser user) {
		return this.notifications.countByRecipientIdAndReadAtIsNull(user.id());
	}

	/**
	 * One page of the user's notifications, newest first. Four queries whatever the page
	 * holds: the page, the count (always run, unlike Spring Data's page queries, so the
	 * number stays fixed), the units and the actors.
	 * @param user the signed-in user
	 * @param pageable the page
	 * @return the page
	 */
	public Page<NotificationView> page(CurrentUser user, Pageable pageable) {
		Page<Notification> page = new PageImpl<>(this.notifications.findPage(user.id(), pageable), pageable,
				this.notifications.countByRecipientId(user.id()));
		Map<Long, String> units = this.organisation
			.findUnits(page.getContent().stream().map(Notification::getUnitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		Map<Long, Person> actors = this.identity.peopleById(
				page.getContent().stream().map(Notification::getActorId).filter(Objects::nonNull).distinct().toList());
		Function<Notification, NotificationView> view = (n) -> new NotificationView(n.getId(), n.getKind(),
				n.getProgrammeId(), units.get(n.getUnitId()), n.getRound(), n.getItemCode(),
				(n.getActorId() != null && actors.containsKey(n.getActorId())) ? actors.get(n.getActorId()).fullName()
						: null,
				n.getCreatedAt().atZone(this.clock.getZone()).toOffsetDateTime(), n.getReadAt() != null);
		return page.map(view);
	}

	/**
	 * Opens one of the user's notifications: marks it read.
	 * @param user the signed-in user
	 * @param id the notification
	 * @return the path it points to
	 */
	@Transactional
	public String open(CurrentUser user, long id) {
		Notification notification = this.notifications.findByIdAndRecipientId(id, user.id())
			.orElseThrow(() -> new NotFoundException("notification " + id));
		notification.markRead(this.clock.instant());
		return notification.getTarget();
	}

	/**
	 * Marks all the user's notifications read, in one statement.
	 * @param user the signed-in user
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(CurrentUser user) {
		return this.notifications.markAllRead(user.id(), this.clock.instant());
	}

	/**
	 * Whether the user follows an item's thread.
	 * @param user the signed-in user
	 * @param programmeId the programme (404 outside the user's scope)
	 * @param itemCode the LKE item
	 * @return true when following
	 */
	public boolean follows(CurrentUser user, long programmeId, String itemCode) {
		this.assessment.programme(user, programmeId);
		return this.follows.existsByUserIdAndProgrammeIdAndItemCode(user.id(), programmeId, itemCode);
	}

	/**
	 * Follows or stops following an item's thread; anyone who may see the programme may.
	 * @param user the signed-in user
	 * @param programmeId the programme (404 outside the user's scope)
	 * @param itemCode the LKE item (404 when the programme has no such item)
	 * @param follow true to follow, false to stop
	 */
	@Transactional
	public void follow(CurrentUser user, long programmeId, String itemCode, boolean follow) {
		boolean known = this.assessment.sheet(user, programmeId)
			.template()
			.items()
			.stream()
			.anyMatch((item) -> item.code().equals(itemCode));
		if (!known) {
			throw new NotFoundException("item " + itemCode + " of programme " + programmeId);
		}
		if (follow) {
			this.follows.follow(user.id(), programmeId, itemCode);
		}
		else {
			this.follows.unfollow(user.id(), programmeId, itemCode);
		}
	}

}
