package id.ruangzi.assessment;

import java.time.LocalDate;

import id.ruangzi.assessment.scoring.Predicate;

/**
 * A programme as pages and the API show it.
 *
 * @param id the programme's id
 * @param unitId the unit's id
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param year the year
 * @param templateId the template version it is bound to
 * @param target WBK or WBBM
 * @param deadline the submission deadline
 * @param stage where it stands
 */
public record ProgrammeView(long id, long unitId, String unitCode, String unitName, int year, long templateId,
		Predicate target, LocalDate deadline, Stage stage) {

}
