package id.ruangzi.actionplan;

import java.util.List;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.Person;

/**
 * What the obstacle form offers a person.
 *
 * @param programme the programme
 * @param areaCodes the areas they may tie an obstacle to
 * @param anyArea whether they may leave the area empty
 * @param people the unit's people who may own an obstacle
 */
public record ObstacleChoices(ProgrammeView programme, List<String> areaCodes, boolean anyArea, List<Person> people) {

}
