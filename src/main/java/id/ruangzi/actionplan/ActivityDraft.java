package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a person enters for a new or changed activity.
 *
 * @param kind the kind
 * @param title a short title, 1 to 200 characters
 * @param date when it took place
 * @param place where, or null
 * @param areaCode an area A-F, or null for the whole programme
 * @param participantIds people of the unit who took part
 * @param guests guests from outside the unit, one per line
 * @param minutes the minutes in Markdown, or null
 * @param followUps follow-ups, one per entry, blanks ignored
 * @param supervisorFeedback the supervisor's feedback; ignored unless a supervisor saves
 */
public record ActivityDraft(ActivityKind kind, String title, LocalDate date, String place, String areaCode,
		Set<Long> participantIds, String guests, String minutes, List<String> followUps, String supervisorFeedback) {

	public ActivityDraft {
		participantIds = (participantIds != null) ? Set.copyOf(participantIds) : Set.of();
		followUps = (followUps != null) ? followUps.stream()
			.filter((line) -> line != null && !line.isBlank())
			.map(String::strip)
			.distinct()
			.toList() : List.of();
	}

}
