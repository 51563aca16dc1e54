package id.ruangzi.review;

import id.ruangzi.assessment.ProgrammeView;

/**
 * A submitted programme waiting for review.
 *
 * @param programme the programme
 * @param round the open round
 */
public record QueueEntry(ProgrammeView programme, RoundView round) {

}
