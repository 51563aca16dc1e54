package id.ruangzi.actionplan;

import id.ruangzi.assessment.ProgrammeView;

import org.springframework.data.domain.Page;

/**
 * A page of a programme's activities, newest first.
 *
 * @param programme the programme
 * @param activities the page
 * @param mayCreate whether the user may record an activity of any kind
 * @param supervisor whether the user records coaching visits as the unit's supervisor
 */
public record ActivityPage(ProgrammeView programme, Page<ActivityView> activities, boolean mayCreate,
		boolean supervisor) {

}
