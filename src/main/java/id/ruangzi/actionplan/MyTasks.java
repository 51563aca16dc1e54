package id.ruangzi.actionplan;

import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.ProgrammeView;

/**
 * The tasks a person is in charge of, across the programmes they may see.
 *
 * @param tasks overdue first, then by due date
 * @param programmes the programmes of those tasks, by id
 */
public record MyTasks(List<TaskView> tasks, Map<Long, ProgrammeView> programmes) {

	public MyTasks {
		tasks = List.copyOf(tasks);
		programmes = Map.copyOf(programmes);
	}

	/** How many of them are overdue. */
	public long overdue() {
		return this.tasks.stream().filter(TaskView::overdue).count();
	}

}
