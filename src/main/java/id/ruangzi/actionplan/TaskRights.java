package id.ruangzi.actionplan;

import java.util.List;
import java.util.Objects;

import id.ruangzi.actionplan.internal.Task;
import id.ruangzi.actionplan.internal.TaskRepository;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see, edit, update and comment on a task: the rules {@link TaskService}
 * promises, kept in one place so reading and writing cannot drift apart.
 */
@Component
class TaskRights {

	private final AssessmentApi assessment;

	private final AccessPolicy policy;

	private final OrganisationApi organisation;

	private final TaskRepository tasks;

	TaskRights(AssessmentApi assessment, AccessPolicy policy, OrganisationApi organisation, TaskRepository tasks) {
		this.assessment = assessment;
		this.policy = policy;
		this.organisation = organisation;
		this.tasks = tasks;
	}

	EditScope scope(CurrentUser user, long programmeId) {
		return this.assessment.editScope(user, programmeId);
	}

	// A task under another programme's path is not found, like one of another unit.
	Task visible(CurrentUser user, Long programmeId, long taskId) {
		Task task = this.tasks.findById(taskId)
			.filter((candidate) -> programmeId == null || candidate.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("task " + taskId));
		try {
			this.assessment.programme(user, task.getProgrammeId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("task " + taskId);
		}
		return task;
	}

	boolean supervises(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		return this.organisation.findUnits(List.of(programme.unitId()))
			.stream()
			.anyMatch((unit) -> this.policy.may(user, Action.REVIEW, unit));
	}

	/**
	 * Whether the user may comment: an editor of the task, its person in charge or a
	 * supervisor of the unit. The cheap checks go first, so supervision is looked up only
	 * when needed.
	 */
	boolean mayComment(CurrentUser user, Task task) {
		return edits(scope(user, task.getProgrammeId()), task.getAreaCode()) || inCharge(user, task.getPicUserId())
				|| supervises(user, task.getProgrammeId());
	}

	/** Editors may change every field; the person in charge only status and progress. */
	static boolean mayChange(EditScope scope, CurrentUser user, Task task, TaskChange change) {
		return edits(scope, task.getAreaCode()) || (inCharge(user, task.getPicUserId()) && !change.touchesPlan());
	}

	/** Editing every field needs the edit scope to cover the task's area. */
	static boolean edits(EditScope scope, String areaCode) {
		return scope.coversCode(areaCode);
	}

	static boolean inCharge(CurrentUser user, Long picUserId) {
		return picUserId != null && picUserId == user.id();
	}

	// Every change carries the version the user saw: an older one is a conflict, never a
	// silent overwrite.
	static void requireVersion(Task task, long version) {
		if (task.getVersion() != version) {
			throw new ConflictException("someone else changed this task; reload");
		}
	}

}
