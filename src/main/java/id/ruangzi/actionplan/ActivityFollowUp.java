package id.ruangzi.actionplan;

/**
 * A follow-up (tindak lanjut) agreed in an activity.
 *
 * @param id the follow-up
 * @param text what is to be done
 * @param taskId the task it became, or null
 */
public record ActivityFollowUp(long id, String text, Long taskId) {

	/** Whether the follow-up already became a task. */
	public boolean tasked() {
		return this.taskId != null;
	}

}
