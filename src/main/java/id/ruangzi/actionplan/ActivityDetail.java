package id.ruangzi.actionplan;

import java.util.List;
import java.util.Set;

import id.ruangzi.identity.Person;

/**
 * One activity with everything its page shows.
 *
 * @param activity the activity
 * @param participants the unit's people who took part, by name
 * @param participantIds their ids, for the edit form
 * @param guests guests from outside the unit, one per line as entered
 * @param minutes the minutes as written (Markdown)
 * @param minutesHtml the minutes rendered to HTML with raw HTML escaped and unsafe links
 * removed: the only text a template may print unescaped
 * @param followUps the follow-ups in the order written
 * @param mayEdit whether the user may change the activity
 * @param mayGiveFeedback whether the user may write the supervisor's feedback
 * @param mayMakeTasks whether the user may turn follow-ups into tasks
 */
public record ActivityDetail(ActivityView activity, List<Person> participants, Set<Long> participantIds,
		List<String> guests, String minutes, String minutesHtml, List<ActivityFollowUp> followUps, boolean mayEdit,
		boolean mayGiveFeedback, boolean mayMakeTasks) {

}
