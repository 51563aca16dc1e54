package id.ruangzi.evidence;

import java.util.List;

import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.ProgrammeView;

/**
 * A programme's evidence, optionally of one item.
 *
 * @param programme the programme
 * @param itemCode the item filtered on, or null
 * @param task the task filtered on, or null
 * @param evidence the records, newest first
 * @param mayUpload whether the user may upload at all
 * @param itemCodes the programme's item codes the user may link to
 */
public record EvidencePage(ProgrammeView programme, String itemCode, TaskView task, List<EvidenceView> evidence,
		boolean mayUpload, List<String> itemCodes) {

}
