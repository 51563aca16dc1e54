package id.ruangzi.actionplan;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.ActivityRights.Rights;
import id.ruangzi.actionplan.activity.Activity;
import id.ruangzi.actionplan.activity.ActivityRepository;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The writing side of {@link ActivityApi}: recording and changing an activity. It runs
 * inside the facade's transaction; {@link ActivityRights} decides who may, and
 * {@link ActivityFollowUps} keeps the follow-up lines.
 */
@Component
class ActivityWriting {

	private final ActivityRights rights;

	private final ActivityRepository activities;

	private final ActivityFollowUps followUps;

	private final IdentityApi identity;

	ActivityWriting(ActivityRights rights, ActivityRepository activities, ActivityFollowUps followUps,
			IdentityApi identity) {
		this.rights = rights;
		this.activities = activities;
		this.followUps = followUps;
		this.identity = identity;
	}

	long create(CurrentUser user, long programmeId, ActivityDraft draft) {
		Rights can = this.rights.of(user, programmeId);
		can.requireWrite(draft.kind(), draft.areaCode(), null);
		Activity activity = new Activity(programmeId, user.id());
		describe(can, activity, draft);
		feedback(user, can, activity, draft);
		Activity saved = this.activities.saveAndFlush(activity);
		this.followUps.replace(saved.getId(), draft.followUps());
		return saved.getId();
	}

	void update(CurrentUser user, long programmeId, long activityId, ActivityDraft draft, long version) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = this.rights.activity(programmeId, activityId);
		can.requireWrite(ActivityKind.valueOf(activity.getKind()), activity.getAreaCode(), activityId);
		can.requireWrite(draft.kind(), draft.areaCode(), activityId);
		if (activity.getVersion() != version) {
			throw new OptimisticLockingFailureException("activity " + activityId + " was changed by someone else");
		}
		if (activity.getSupervisorId() != null && draft.kind() != ActivityKind.PENDAMPINGAN) {
			throw new ActivityRefusedException("kind", "activity.kind.visitStays");
		}
		describe(can, activity, draft);
		feedback(user, can, activity, draft);
		this.followUps.replace(activityId, draft.followUps());
		this.activities.saveAndFlush(activity);
	}

	private void describe(Rights can, Activity activity, ActivityDraft draft) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new ActivityRefusedException("title", "activity.title.required");
		}
		if (draft.date() == null) {
			throw new ActivityRefusedException("date", "activity.date.invalid");
		}
		Set<Long> allowed = this.identity.peopleOfUnit(can.programme().unitId())
			.stream()
			.map(Person::id)
			.collect(Collectors.toSet());
		// Someone who left the unit stays on the activities they took part in.
		Set<Long> kept = new HashSet<>(activity.getParticipantIds());
		if (!draft.participantIds().stream().allMatch((id) -> allowed.contains(id) || kept.contains(id))) {
			throw new ActivityRefusedException("participantIds", "activity.participants.notOfUnit");
		}
		activity.describe(draft.kind().name(), draft.title().strip(), draft.date(),
				ActivityApi.blankToNull(draft.place()), ActivityApi.blankToNull(draft.areaCode()),
				String.join("\n", ActivityApi.lines(draft.guests())), ActivityApi.blankToNull(draft.minutes()),
				draft.participantIds());
	}

	// A supervisor's own visit is marked as theirs even before they write feedback; staff
	// never change the feedback.
	private static void feedback(CurrentUser user, Rights can, Activity activity, ActivityDraft draft) {
		if (!can.supervisor() || draft.kind() != ActivityKind.PENDAMPINGAN) {
			return;
		}
		String feedback = ActivityApi.blankToNull(draft.supervisorFeedback());
		if (feedback != null || !can.scope().any() || activity.getSupervisorId() != null) {
			activity.giveFeedback(user.id(), feedback);
		}
	}

}
