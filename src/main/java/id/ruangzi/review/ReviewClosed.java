package id.ruangzi.review;

/**
 * A supervisor closed a round: returned the programme for revision or completed the
 * review.
 *
 * @param programmeId the programme
 * @param unitId its unit
 * @param round the round's number
 * @param outcome RETURNED or COMPLETED
 */
public record ReviewClosed(long programmeId, long unitId, int round, String outcome) {

}
