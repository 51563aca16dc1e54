package id.ruangzi.evidence;

import java.util.List;

import id.ruangzi.assessment.ProgrammeView;

/**
 * One evidence record with every revision, newest first.
 *
 * @param programme the programme
 * @param evidence the record
 * @param revisions its revisions, newest first
 * @param mayEdit whether the user may upload a new revision
 */
public record EvidenceDetail(ProgrammeView programme, EvidenceView evidence, List<RevisionView> revisions,
		boolean mayEdit) {

}
