package id.ruangzi.evidence;

import java.util.List;

import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.ProgrammeView;

/**
 * One evidence record with every revision, newest first.
 *
 * @param programme the programme
 * @param evidence the record
 * @param revisions its revisions, newest first
 * @param tasks the tasks it comes from (those that still exist)
 * @param mayEdit whether the user may change it and upload a new revision
 * @param itemCodes the items the user may link it to
 */
public record EvidenceDetail(ProgrammeView programme, EvidenceView evidence, List<RevisionView> revisions,
		List<TaskView> tasks, boolean mayEdit, List<String> itemCodes) {

}
