package id.ruangzi.review;

/**
 * A unit submitted its programme for review: its answers are frozen as a new round.
 *
 * @param programmeId the programme
 * @param unitId its unit
 * @param round the round's number
 */
public record ProgrammeSubmitted(long programmeId, long unitId, int round) {

}
