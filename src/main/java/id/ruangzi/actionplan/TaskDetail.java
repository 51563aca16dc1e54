package id.ruangzi.actionplan;

import java.util.List;

/**
 * One task with its comments, for the task page.
 *
 * @param task the task
 * @param comments oldest first
 * @param mayComment whether the user may add a comment (editors, the person in charge,
 * supervisors of the unit)
 */
public record TaskDetail(TaskView task, List<TaskComment> comments, boolean mayComment) {

	public TaskDetail {
		comments = List.copyOf(comments);
	}

}
