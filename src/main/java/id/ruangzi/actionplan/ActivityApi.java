package id.ruangzi.actionplan;

import java.util.Arrays;
import java.util.List;

import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities (kegiatan) of a programme: meetings, coaching visits, socialisation,
 * training, study visits and monev, with participants, minutes and follow-ups. Whoever
 * may see the programme reads them (404 otherwise). Unit staff with an edit scope record
 * and change them (an activity tied to an area needs that area). A supervisor of the unit
 * records coaching visits (PENDAMPINGAN) only, and is the only one who writes the
 * supervisor's feedback on them.
 * <p>
 * This facade holds the transactions and hands the work to package-private helpers:
 * {@link ActivityReading} for the list, the page and the forms' choices,
 * {@link ActivityWriting} for recording and changing, {@link ActivityFollowUps} for the
 * follow-ups and the tasks made of them, and {@link ActivityRights} for who may do what.
 */
@Service
@Transactional(readOnly = true)
public class ActivityApi {

	/** Rows per page of the activity list. */
	public static final int PAGE_SIZE = 20;

	private final ActivityReading reading;

	private final ActivityWriting writing;

	private final ActivityFollowUps followUps;

	ActivityApi(ActivityReading reading, ActivityWriting writing, ActivityFollowUps followUps) {
		this.reading = reading;
		this.writing = writing;
		this.followUps = followUps;
	}

	/**
	 * A page of a programme's activities, newest first, in a fixed number of queries.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param page the page number, from 0
	 * @return the page, with what the user may do
	 */
	public ActivityPage activities(CurrentUser user, long programmeId, int page) {
		return this.reading.activities(user, programmeId, page);
	}

	/**
	 * One activity with its participants, rendered minutes and follow-ups.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param activityId the activity, which must belong to the programme
	 * @return the activity
	 */
	public ActivityDetail activity(CurrentUser user, long programmeId, long activityId) {
		return this.reading.activity(user, programmeId, activityId);
	}

	/**
	 * What the form for a new activity offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the choices; 403 when the user may record no activity at all
	 */
	public ActivityChoices choices(CurrentUser user, long programmeId) {
		return this.reading.choices(user, programmeId);
	}

	/**
	 * What the form for changing an activity offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param activityId the activity
	 * @return the choices; 403 when the user may not change this activity
	 */
	public ActivityChoices choices(CurrentUser user, long programmeId, long activityId) {
		return this.reading.choices(user, programmeId, activityId);
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
		return this.writing.create(user, programmeId, draft);
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
		this.writing.update(user, programmeId, activityId, draft, version);
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
		return this.followUps.makeTask(user, programmeId, activityId, followUpId);
	}

	/**
	 * Whether a programme already has an activity with this title, so demo data is made
	 * once.
	 * @param programmeId the programme
	 * @param title the title
	 * @return true when there is one
	 */
	public boolean exists(long programmeId, String title) {
		return this.reading.exists(programmeId, title);
	}

	// ObstacleApi applies the same text rules, so they stay on the facade both share.

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
