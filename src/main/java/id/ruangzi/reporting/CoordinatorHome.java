package id.ruangzi.reporting;

import java.util.List;

import id.ruangzi.actionplan.ActivityView;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.ProgrammeView;

/**
 * A coordinator's home for one programme: the pokja they sit in with their area's score,
 * items without evidence and revisions waiting; the tasks they are in charge of; the
 * programme's recent activity.
 *
 * @param programme the programme
 * @param pokja the pokja the person sits in, in area order (empty when none)
 * @param tasks the person's tasks in the programme, by due date
 * @param overdueTasks how many of them are overdue
 * @param activities the latest activities of the programme
 */
public record CoordinatorHome(ProgrammeView programme, List<CoordinatorHomePokja> pokja, List<TaskView> tasks,
		long overdueTasks, List<ActivityView> activities) {

	public CoordinatorHome {
		pokja = List.copyOf(pokja);
		tasks = List.copyOf(tasks);
		activities = List.copyOf(activities);
	}

}
