package id.ruangzi.evidence.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may add or change evidence, by what it is linked to. The edit scope of the LKE
 * items decides, as for answers and tasks; besides, the person in charge of a task (even
 * a member without any scope) may add evidence for that task and the items it works
 * towards, because that is the evidence of their own work.
 */
@Component
public class EvidenceRights {

	private final AssessmentApi assessment;

	private final TaskService tasks;

	EvidenceRights(AssessmentApi assessment, TaskService tasks) {
		this.assessment = assessment;
		this.tasks = tasks;
	}

	/**
	 * The linked tasks, each checked to be a task of the programme the user can see.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param taskIds the task ids sent
	 * @return the tasks
	 * @throws EvidenceRefusedException for a task that is not one of the programme's
	 */
	public List<TaskView> tasks(CurrentUser user, long programmeId, Collection<Long> taskIds) {
		return taskIds.stream().map((id) -> {
			try {
				TaskView task = this.tasks.task(user, id);
				if (task.programmeId() == programmeId) {
					return task;
				}
			}
			catch (NotFoundException ex) {
				// refused below, as any task that is not the programme's
			}
			throw new EvidenceRefusedException("task " + id + " is not a task of programme " + programmeId,
					"evidence.refused.task", id);
		}).toList();
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCodes the items the evidence is (or will be) linked to
	 * @param taskIds the tasks the evidence is (or will be) linked to
	 * @return whether the user may add or change such evidence
	 * @throws EvidenceRefusedException for an unknown item or a task of another programme
	 */
	public boolean mayChange(CurrentUser user, long programmeId, Collection<String> itemCodes,
			Collection<Long> taskIds) {
		return mayChange(user, programmeId, itemCodes, tasks(user, programmeId, taskIds));
	}

	/**
	 * The tasks a stored record is linked to that still exist (a task may have been
	 * deleted since).
	 * @param user the signed-in user
	 * @param taskIds the stored task ids
	 * @return the tasks that still exist, visible to the user
	 */
	public List<TaskView> existingTasks(CurrentUser user, Collection<Long> taskIds) {
		return taskIds.stream().flatMap((id) -> {
			try {
				return java.util.stream.Stream.of(this.tasks.task(user, id));
			}
			catch (NotFoundException ex) {
				return java.util.stream.Stream.empty();
			}
		}).toList();
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCodes the items the evidence is (or will be) linked to
	 * @param linked the tasks it is (or will be) linked to
	 * @return whether the user may add or change such evidence
	 */
	public boolean mayChange(CurrentUser user, long programmeId, Collection<String> itemCodes, List<TaskView> linked) {
		EditScope scope = this.assessment.editScope(user, programmeId);
		if (linked.stream().anyMatch((task) -> !task.mayUpdate())) {
			return false;
		}
		if (itemCodes.isEmpty()) {
			return scope.any() || !linked.isEmpty();
		}
		Set<String> ofTasks = itemsOf(linked);
		if (!scope.any() && ofTasks.isEmpty()) {
			return false;
		}
		LkeTemplate template = this.assessment.sheet(user, programmeId).template();
		for (String code : itemCodes) {
			Item item = template.item(code)
				.orElseThrow(
						() -> new EvidenceRefusedException("unknown LKE item " + code, "evidence.refused.item", code));
			if (!scope.covers(item.area()) && !ofTasks.contains(code)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The items a user may link new evidence to, in template order.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param tasks the tasks the evidence comes from
	 * @return the item codes
	 */
	public List<String> linkableItems(CurrentUser user, long programmeId, List<TaskView> tasks) {
		EditScope scope = this.assessment.editScope(user, programmeId);
		Set<String> ofTask = itemsOf(tasks.stream().filter(TaskView::mayUpdate).toList());
		if (!scope.any() && ofTask.isEmpty()) {
			return List.of();
		}
		return this.assessment.sheet(user, programmeId)
			.template()
			.items()
			.stream()
			.filter((item) -> scope.covers(item.area()) || ofTask.contains(item.code()))
			.map(Item::code)
			.toList();
	}

	private static Set<String> itemsOf(List<TaskView> tasks) {
		Set<String> codes = new HashSet<>();
		tasks.forEach((task) -> codes.addAll(task.itemCodes()));
		return codes;
	}

}
