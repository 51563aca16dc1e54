package id.ruangzi.actionplan;

import java.time.LocalDate;

/**
 * A partial change of a task (the API's PATCH, the board, the person in charge's progress
 * form): null fields stay as they are.
 *
 * @param version the version the user saw, required
 * @param status a new status, or null
 * @param progress a new progress percent, or null
 * @param picUsername a new person in charge, or null ("" removes them)
 * @param startDate a new start, or null
 * @param dueDate a new deadline, or null
 */
public record TaskChange(Long version, String status, Integer progress, String picUsername, LocalDate startDate,
		LocalDate dueDate) {

	/**
	 * @param version the version the user saw
	 * @param status the new status
	 * @return a change of status only
	 */
	public static TaskChange status(long version, TaskStatus status) {
		return new TaskChange(version, status.name(), null, null, null, null);
	}

	/** Whether it changes more than the status and progress (only editors may). */
	public boolean touchesPlan() {
		return this.picUsername != null || this.startDate != null || this.dueDate != null;
	}

}
