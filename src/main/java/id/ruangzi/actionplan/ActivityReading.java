package id.ruangzi.actionplan;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ruangzi.actionplan.ActivityRights.Rights;
import id.ruangzi.actionplan.activity.Activity;
import id.ruangzi.actionplan.activity.ActivityRepository;
import id.ruangzi.actionplan.activity.FollowUpLineRepository;
import id.ruangzi.actionplan.activity.Minutes;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.shared.web.ForbiddenException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The reading side of {@link ActivityApi}: the list, the activity page and what the forms
 * offer. Each first settles the user's rights on the programme, then reads in a fixed
 * number of statements.
 */
@Component
class ActivityReading {

	private final ActivityRights rights;

	private final ActivityRepository activities;

	private final FollowUpLineRepository followUps;

	private final IdentityApi identity;

	ActivityReading(ActivityRights rights, ActivityRepository activities, FollowUpLineRepository followUps,
			IdentityApi identity) {
		this.rights = rights;
		this.activities = activities;
		this.followUps = followUps;
		this.identity = identity;
	}

	ActivityPage activities(CurrentUser user, long programmeId, int page) {
		Rights can = this.rights.of(user, programmeId);
		Page<Activity> rows = this.activities.findByProgrammeIdOrderByDateDescIdDesc(programmeId,
				PageRequest.of(Math.max(page, 0), ActivityApi.PAGE_SIZE));
		Map<Long, Person> people = this.identity.peopleById(rows.stream()
			.flatMap((row) -> Stream.of(row.getRecordedBy(), row.getSupervisorId()))
			.filter((id) -> id != null)
			.collect(Collectors.toSet()));
		return new ActivityPage(can.programme(), rows.map((row) -> view(row, people)), can.mayCreateActivity(),
				can.supervisor());
	}

	ActivityDetail activity(CurrentUser user, long programmeId, long activityId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = this.rights.activity(programmeId, activityId);
		Set<Long> ids = new HashSet<>(activity.getParticipantIds());
		ids.add(activity.getRecordedBy());
		if (activity.getSupervisorId() != null) {
			ids.add(activity.getSupervisorId());
		}
		Map<Long, Person> people = this.identity.peopleById(ids);
		List<Person> participants = activity.getParticipantIds()
			.stream()
			.map(people::get)
			.filter((person) -> person != null)
			.sorted((a, b) -> a.fullName().compareToIgnoreCase(b.fullName()))
			.toList();
		List<ActivityFollowUp> lines = this.followUps.findByActivityIdOrderByPosition(activityId)
			.stream()
			.map((line) -> new ActivityFollowUp(line.getId(), line.getText(), line.getTaskId()))
			.toList();
		ActivityKind kind = ActivityKind.valueOf(activity.getKind());
		return new ActivityDetail(view(activity, people), participants, Set.copyOf(activity.getParticipantIds()),
				ActivityApi.lines(activity.getGuests()), activity.getMinutes(),
				Minutes.toSafeHtml(activity.getMinutes()), lines, can.mayWriteActivity(kind, activity.getAreaCode()),
				can.supervisor() && kind == ActivityKind.PENDAMPINGAN, can.scope().coversCode(activity.getAreaCode()));
	}

	ActivityChoices choices(CurrentUser user, long programmeId) {
		Rights can = this.rights.of(user, programmeId);
		if (!can.mayCreateActivity()) {
			throw new ForbiddenException("record activities of programme " + programmeId);
		}
		return choices(can);
	}

	ActivityChoices choices(CurrentUser user, long programmeId, long activityId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = this.rights.activity(programmeId, activityId);
		can.requireWrite(ActivityKind.valueOf(activity.getKind()), activity.getAreaCode(), activityId);
		return choices(can);
	}

	boolean exists(long programmeId, String title) {
		return this.activities.existsByProgrammeIdAndTitle(programmeId, title);
	}

	private ActivityChoices choices(Rights can) {
		List<ActivityKind> kinds = can.scope().any() ? List.of(ActivityKind.values())
				: List.of(ActivityKind.PENDAMPINGAN);
		List<String> areas = (can.supervisor() || can.scope().everything())
				? Arrays.stream(Area.values()).map(Area::name).toList()
				: Arrays.stream(Area.values()).filter(can.scope()::covers).map(Area::name).toList();
		return new ActivityChoices(can.programme(), kinds, areas, this.identity.peopleOfUnit(can.programme().unitId()),
				can.supervisor());
	}

	private static ActivityView view(Activity row, Map<Long, Person> people) {
		Person recorder = people.get(row.getRecordedBy());
		Person supervisor = (row.getSupervisorId() != null) ? people.get(row.getSupervisorId()) : null;
		return new ActivityView(row.getId(), row.getProgrammeId(), ActivityKind.valueOf(row.getKind()), row.getTitle(),
				row.getDate(), row.getPlace(), row.getAreaCode(), (recorder != null) ? recorder.fullName() : null,
				(supervisor != null) ? supervisor.fullName() : null, row.getSupervisorFeedback(), row.getVersion());
	}

}
