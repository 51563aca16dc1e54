package id.ruangzi.review;

import id.ruangzi.shared.time.TimeConfiguration;
import java.time.Instant;

/**
 * One submission of a programme.
 *
 * @param id the round's id
 * @param programmeId the programme
 * @param number 1 for the first submission, then 2, 3...
 * @param submittedBy who submitted
 * @param submittedAt when
 * @param outcome RETURNED or COMPLETED once closed, null while under review
 * @param closedAt when the supervisor closed it, or null
 */
public record RoundView(long id, long programmeId, int number, String submittedBy, Instant submittedAt, String outcome,
		Instant closedAt) {

	/**
	 * @return the day of submission in Indonesia's western time zone
	 */
	public java.time.LocalDate submittedOn() {
		return java.time.LocalDate.ofInstant(this.submittedAt, TimeConfiguration.ZONE);
	}

	/** Whether the round is still under review. */
	public boolean open() {
		return this.outcome == null;
	}

}
