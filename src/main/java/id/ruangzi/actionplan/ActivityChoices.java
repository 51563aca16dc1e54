package id.ruangzi.actionplan;

import java.util.List;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.Person;

/**
 * What the activity form offers a person.
 *
 * @param programme the programme
 * @param kinds the kinds they may record (a supervisor: coaching visits only)
 * @param areaCodes the areas they may tie an activity to
 * @param people the unit's people who may be ticked as participants
 * @param supervisor whether they record as the unit's supervisor (and so may write
 * feedback)
 */
public record ActivityChoices(ProgrammeView programme, List<ActivityKind> kinds, List<String> areaCodes,
		List<Person> people, boolean supervisor) {

}
