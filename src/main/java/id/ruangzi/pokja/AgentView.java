package id.ruangzi.pokja;

import java.time.LocalDate;
import java.util.List;

/**
 * A change agent's appointment with the changes they made.
 *
 * @param id the appointment
 * @param userId the person
 * @param username their login name
 * @param fullName their full name
 * @param decreeNumber the SK that appointed them
 * @param decreeDate its date
 * @param endedOn when the appointment ended, null while active
 * @param version for stale-edit detection
 * @param changes their changes, oldest first
 */
public record AgentView(long id, long userId, String username, String fullName, String decreeNumber,
		LocalDate decreeDate, LocalDate endedOn, long version, List<AgentChangeView> changes) {

	public AgentView {
		changes = List.copyOf(changes);
	}

	/** Whether the appointment is active, so the agent counts for PRA1A. */
	public boolean active() {
		return this.endedOn == null;
	}

}
