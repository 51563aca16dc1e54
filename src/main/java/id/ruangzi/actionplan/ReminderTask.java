package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * An open task a reminder is about, with the people to remind.
 *
 * @param taskId the task
 * @param programmeId its programme
 * @param title its title
 * @param dueDate when it is due
 * @param picUserId the person in charge
 * @param coordinatorIds active people with the COORDINATOR role on the programme's unit
 * who sit in the task's pokja or in the pokja of its area (the edit-scope rule)
 */
public record ReminderTask(long taskId, long programmeId, String title, LocalDate dueDate, long picUserId,
		List<Long> coordinatorIds) {

	/**
	 * @return the task's page, relative to the application's base address
	 */
	public String path() {
		return "/programmes/" + this.programmeId + "/tasks/" + this.taskId;
	}

}
