package id.ruangzi.actionplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ruangzi.actionplan.ActivityRights.Rights;
import id.ruangzi.actionplan.activity.Activity;
import id.ruangzi.actionplan.activity.ActivityRepository;
import id.ruangzi.actionplan.activity.FollowUpLine;
import id.ruangzi.actionplan.activity.FollowUpLineRepository;
import id.ruangzi.actionplan.activity.Minutes;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities (kegiatan) of a programme: meetings, coaching visits, socialisation,
 * training, study visits and monev, with participants, minutes and follow-ups. Whoever
 * may see the programme reads them (404 otherwise). Unit staff with an edit scope record
 * and change them (an activity tied to an area needs that area). A supervisor of the unit
 * records coaching visits (PENDAMPINGAN) only, and is the only one who writes the
 * supervisor's feedback on them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityApi {

	/** Rows per page of the activity list. */
	public static final int PAGE_SIZE = 20;

	private final ActivityRights rights;

	private final ActivityRepository activities;

	private final FollowUpLineRepository followUps;

	private final IdentityApi identity;

	private final TaskService tasks;

	private final PokjaApi pokja;

	ActivityApi(ActivityRights rights, ActivityRepository activities, FollowUpLineRepository followUps,
			IdentityApi identity, TaskService tasks, PokjaApi pokja) {
		this.rights = rights;
		this.activities = activities;
		this.followUps = followUps;
		this.identity = identity;
		this.tasks = tasks;
		this.pokja = pokja;
	}

	/**
	 * A page of a programme's activities, newest first, in a fixed number of queries.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param page the page number, from 0
	 * @return the page, with what the user may do
	 */
	public ActivityPage activities(CurrentUser user, long programmeId, int page) {
		Rights can = this.rights.of(user, programmeId);
		Page<Activity> rows = this.activities.findByProgrammeIdOrderByDateDescIdDesc(programmeId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, Person> people = this.identity.peopleById(rows.stream()
			.flatMap((row) -> Stream.of(row.getRecordedBy(), row.getSupervisorId()))
			.filter((id) -> id != null)
			.collect(Collectors.toSet()));
		return new ActivityPage(can.programme(), rows.map((row) -> view(row, people)), can.mayCreateActivity(),
				can.supervisor());
	}

	/**
	 * One activity with its participants, rendered minutes and follow-ups.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param activityId the activity, which must belong to the programme
	 * @return the activity
	 */
	public ActivityDetail activity(CurrentUser user, long programmeId, long activityId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = find(programmeId, activityId);
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
				lines(activity.getGuests()), activity.getMinutes(), Minutes.toSafeHtml(activity.getMinutes()), lines,
				can.mayWriteActivity(kind, activity.getAreaCode()),
				can.supervisor() && kind == ActivityKind.PENDAMPINGAN, can.scope().coversCode(activity.getAreaCode()));
	}

	/**
	 * What the form for a new activity offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the choices; 403 when the user may record no activity at all
	 */
	public ActivityChoices choices(CurrentUser user, long programmeId) {
		Rights can = this.rights.of(user, programmeId);
		if (!can.mayCreateActivity()) {
			throw new ForbiddenException("record activities of programme " + programmeId);
		}
		return choices(can);
	}

	/**
	 * What the form for changing an activity offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param activityId the activity
	 * @return the choices; 403 when the user may not change this activity
	 */
	public ActivityChoices choices(CurrentUser user, long programmeId, long activityId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = find(programmeId, activityId);
		requireWrite(can, ActivityKind.valueOf(activity.getKind()), activity.getAreaCode(), activityId);
		return choices(can);
	}

	/**
	 * Records an activity.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param draft what was entered
	 * @return the new activity's id
	 */
	@Transactional
	public long create(CurrentUser user, long programmeId, ActivityDraft draft) {
		Rights can = this.rights.of(user, programmeId);
		requireWrite(can, draft.kind(), draft.areaCode(), null);
		Activity activity = new Activity(programmeId, user.id());
		describe(can, activity, draft);
		feedback(user, can, activity, draft);
		Activity saved = this.activities.saveAndFlush(activity);
		replaceFollowUps(saved.getId(), draft.followUps());
		return saved.getId();
	}

	/**
	 * Changes an activity. The supervisor's feedback changes only when a supervisor
	 * saves.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param activityId the activity
	 * @param draft what was entered
	 * @param version the version the user saw; an older one is a conflict (409)
	 */
	@Transactional
	public void update(CurrentUser user, long programmeId, long activityId, ActivityDraft draft, long version) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = find(programmeId, activityId);
		requireWrite(can, ActivityKind.valueOf(activity.getKind()), activity.getAreaCode(), activityId);
		requireWrite(can, draft.kind(), draft.areaCode(), activityId);
		if (activity.getVersion() != version) {
			throw new OptimisticLockingFailureException("activity " + activityId + " was changed by someone else");
		}
		if (activity.getSupervisorId() != null && draft.kind() != ActivityKind.PENDAMPINGAN) {
			throw new ActivityRefusedException("kind", "activity.kind.visitStays");
		}
		describe(can, activity, draft);
		feedback(user, can, activity, draft);
		replaceFollowUps(activityId, draft.followUps());
		this.activities.saveAndFlush(activity);
	}

	/**
	 * Turns a follow-up into a task of the action plan, titled after it, in the
	 * activity's area and that area's pokja. A follow-up that already became a task keeps
	 * it: a second click makes no second task.
	 * @param user the signed-in user, whose edit scope must cover the activity's area
	 * @param programmeId the programme
	 * @param activityId the activity
	 * @param followUpId the follow-up, which must belong to the activity
	 * @return the task's id
	 * @throws TaskRejectedException when the task service refuses the task
	 */
	@Transactional
	public long makeTask(CurrentUser user, long programmeId, long activityId, long followUpId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = find(programmeId, activityId);
		FollowUpLine line = this.followUps.findById(followUpId)
			.filter((one) -> one.getActivityId() == activityId)
			.orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
		String area = activity.getAreaCode();
		if (!can.scope().coversCode(area)) {
			throw new ForbiddenException("make a task of follow-up " + followUpId);
		}
		if (line.getTaskId() != null) {
			return line.getTaskId();
		}
		Long pokjaId = (area == null) ? null
				: this.pokja.pokjaOf(programmeId)
					.stream()
					.filter((one) -> area.equals(one.areaCode()))
					.map(PokjaView::id)
					.findFirst()
					.orElse(null);
		String title = (line.getText().length() > 200) ? line.getText().substring(0, 200) : line.getText();
		TaskView task = this.tasks.create(user, programmeId,
				new TaskDraft(title, null, area, pokjaId, List.of(), null, null, null, null, null, null, null));
		line.becameTask(task.id());
		// The follow-up's version makes a simultaneous second click fail instead of
		// making a second task.
		this.followUps.saveAndFlush(line);
		return task.id();
	}

	/**
	 * Whether a programme already has an activity with this title, so demo data is made
	 * once.
	 * @param programmeId the programme
	 * @param title the title
	 * @return true when there is one
	 */
	public boolean exists(long programmeId, String title) {
		return this.activities.existsByProgrammeIdAndTitle(programmeId, title);
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
		activity.describe(draft.kind().name(), draft.title().strip(), draft.date(), blankToNull(draft.place()),
				blankToNull(draft.areaCode()), String.join("\n", lines(draft.guests())), blankToNull(draft.minutes()),
				draft.participantIds());
	}

	// A supervisor's own visit is marked as theirs even before they write feedback; staff
	// never change the feedback.
	private static void feedback(CurrentUser user, Rights can, Activity activity, ActivityDraft draft) {
		if (!can.supervisor() || draft.kind() != ActivityKind.PENDAMPINGAN) {
			return;
		}
		String feedback = blankToNull(draft.supervisorFeedback());
		if (feedback != null || !can.scope().any() || activity.getSupervisorId() != null) {
			activity.giveFeedback(user.id(), feedback);
		}
	}

	// Keeps the lines still there (and their tasks), drops the removed ones, adds the
	// new.
	private void replaceFollowUps(long activityId, List<String> texts) {
		List<FollowUpLine> existing = this.followUps.findByActivityIdOrderByPosition(activityId);
		Map<String, FollowUpLine> byText = new HashMap<>();
		existing.forEach((line) -> byText.putIfAbsent(line.getText(), line));
		List<FollowUpLine> keep = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text.length() > 500) {
				throw new ActivityRefusedException("followUps", "activity.followUps.tooLong");
			}
			FollowUpLine line = byText.remove(text);
			if (line == null) {
				line = new FollowUpLine(activityId, i, text);
			}
			else {
				line.moveTo(i);
			}
			keep.add(line);
		}
		this.followUps.deleteAll(byText.values());
		this.followUps.saveAll(keep);
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

	private static void requireWrite(Rights can, ActivityKind kind, String areaCode, Long activityId) {
		if (kind == null) {
			throw new ActivityRefusedException("kind", "activity.kind.required");
		}
		if (areaCode != null && !areaCode.isBlank() && !isArea(areaCode)) {
			throw new ActivityRefusedException("areaCode", "activity.area.invalid");
		}
		if (!can.mayWriteActivity(kind, blankToNull(areaCode))) {
			throw new ForbiddenException("write " + kind + " activity " + ((activityId != null) ? activityId + " " : "")
					+ "in area " + areaCode + " of programme " + can.programme().id());
		}
	}

	private Activity find(long programmeId, long activityId) {
		return this.activities.findById(activityId)
			.filter((activity) -> activity.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("activity " + activityId));
	}

	private static ActivityView view(Activity row, Map<Long, Person> people) {
		Person recorder = people.get(row.getRecordedBy());
		Person supervisor = (row.getSupervisorId() != null) ? people.get(row.getSupervisorId()) : null;
		return new ActivityView(row.getId(), row.getProgrammeId(), ActivityKind.valueOf(row.getKind()), row.getTitle(),
				row.getDate(), row.getPlace(), row.getAreaCode(), (recorder != null) ? recorder.fullName() : null,
				(supervisor != null) ? supervisor.fullName() : null, row.getSupervisorFeedback(), row.getVersion());
	}

	static boolean isArea(String code) {
		return Arrays.stream(Area.values()).anyMatch((area) -> area.name().equals(code.strip()));
	}

	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
