package id.ruangzi.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.actionplan.internal.DraftRules;
import id.ruangzi.actionplan.internal.Task;
import id.ruangzi.actionplan.internal.TaskNote;
import id.ruangzi.actionplan.internal.TaskNoteRepository;
import id.ruangzi.actionplan.internal.TaskRepository;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * The writing side of {@link TaskService}: creating, editing, changing, deleting and
 * commenting. It runs inside the facade's transaction; {@link TaskRights} decides who
 * may.
 */
@Component
class TaskWriting {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final IdentityApi identity;

	private final TaskRepository tasks;

	private final TaskNoteRepository notes;

	private final TaskRights rights;

	private final TaskViews views;

	private final Clock clock;

	TaskWriting(AssessmentApi assessment, PokjaApi pokja, IdentityApi identity, TaskRepository tasks,
			TaskNoteRepository notes, TaskRights rights, TaskViews views, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.identity = identity;
		this.tasks = tasks;
		this.notes = notes;
		this.rights = rights;
		this.views = views;
		this.clock = clock;
	}

	List<TaskView> createAll(CurrentUser user, long programmeId, List<TaskDraft> drafts) {
		TaskContext context = context(user, programmeId);
		if (!context.scope().any()) {
			throw new ForbiddenException("create tasks in programme " + programmeId);
		}
		List<Task> created = new ArrayList<>();
		for (TaskDraft draft : drafts) {
			Task task = new Task(programmeId, user.id());
			apply(context, task, draft, false);
			created.add(this.tasks.save(task));
		}
		this.tasks.flush();
		return created.stream().map((task) -> view(context, task)).toList();
	}

	TaskView edit(CurrentUser user, Long programmeId, long taskId, TaskDraft draft, long version) {
		Task task = this.rights.visible(user, programmeId, taskId);
		TaskContext context = context(user, task.getProgrammeId());
		if (!TaskRights.edits(context.scope(), task.getAreaCode())) {
			throw new ForbiddenException("edit task " + taskId);
		}
		TaskRights.requireVersion(task, version);
		apply(context, task, draft, true);
		this.tasks.flush();
		return view(context, task);
	}

	TaskView change(CurrentUser user, Long programmeId, long taskId, TaskChange change) {
		Task task = this.rights.visible(user, programmeId, taskId);
		TaskContext context = context(user, task.getProgrammeId());
		if (!TaskRights.mayChange(context.scope(), user, task, change)) {
			throw new ForbiddenException("change task " + taskId);
		}
		DraftRules rules = new DraftRules();
		if (change.version() == null) {
			rules.reject("version", "actionplan.task.error.version", "required: the version you saw");
		}
		TaskStatus status = rules.status(change.status(), task.getStatus());
		int progress = rules.progress(change.progress(), task.getProgress());
		Long picUserId = task.getPicUserId();
		if (change.picUsername() != null) {
			picUserId = context.pic(rules, change.picUsername());
		}
		LocalDate start = (change.startDate() != null) ? change.startDate() : task.getStartDate();
		LocalDate due = (change.dueDate() != null) ? change.dueDate() : task.getDueDate();
		rules.dates(start, due);
		rules.check();
		TaskRights.requireVersion(task, change.version());
		task.schedule(picUserId, start, due);
		task.progress(status, progress, Instant.now(this.clock));
		this.tasks.flush();
		return view(context, task);
	}

	void delete(CurrentUser user, Long programmeId, long taskId, long version) {
		Task task = this.rights.visible(user, programmeId, taskId);
		if (!TaskRights.edits(this.rights.scope(user, task.getProgrammeId()), task.getAreaCode())) {
			throw new ForbiddenException("delete task " + taskId);
		}
		TaskRights.requireVersion(task, version);
		this.tasks.delete(task);
		this.tasks.flush();
	}

	void comment(CurrentUser user, Long programmeId, long taskId, String body) {
		Task task = this.rights.visible(user, programmeId, taskId);
		if (!this.rights.mayComment(user, task)) {
			throw new ForbiddenException("comment on task " + taskId);
		}
		DraftRules rules = new DraftRules();
		String text = rules.text("body", body, 5000);
		if (text == null) {
			rules.reject("body", "actionplan.comment.error.required", "required");
		}
		rules.check();
		this.notes.save(new TaskNote(taskId, user.id(), text, Instant.now(this.clock)));
	}

	// Every field is checked first, so the user sees all field errors at once; then the
	// scope must cover the resulting area, not only the one the task had before.
	private void apply(TaskContext context, Task task, TaskDraft draft, boolean existing) {
		DraftRules rules = new DraftRules();
		String title = rules.title(draft.title());
		String description = rules.text("description", draft.description(), DraftRules.MAX_DESCRIPTION);
		String area = rules.area(draft.areaCode());
		Long pokjaId = draft.pokjaId();
		if (pokjaId != null) {
			PokjaView one = context.pokja().get(pokjaId);
			if (one == null) {
				rules.reject("pokjaId", "actionplan.task.error.pokja", "not a pokja of this programme");
			}
			else if (area != null && !area.equals(one.areaCode())) {
				rules.reject("pokjaId", "actionplan.task.error.pokjaArea", "the pokja is of area " + one.areaCode(),
						one.areaCode());
			}
			else {
				area = one.areaCode();
			}
		}
		List<String> items = context.items(rules, draft.itemCodes(), area);
		Long picUserId = context.pic(rules, draft.picUsername());
		rules.dates(draft.startDate(), draft.dueDate());
		TaskStatus status = rules.status(draft.status(), existing ? task.getStatus() : TaskStatus.BELUM);
		TaskPriority priority = rules.priority(draft.priority(), TaskPriority.SEDANG);
		String output = rules.text("expectedOutput", draft.expectedOutput(), 200);
		int progress = rules.progress(draft.progress(), existing ? task.getProgress() : 0);
		rules.check();
		if (!TaskRights.edits(context.scope(), area)) {
			throw new ForbiddenException("tasks of area " + ((area != null) ? area : "(none)"));
		}
		task.plan(title, description, area, pokjaId, items, output, priority);
		task.schedule(picUserId, draft.startDate(), draft.dueDate());
		task.progress(status, progress, Instant.now(this.clock));
	}

	private TaskContext context(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		return new TaskContext(this.assessment, this.pokja, this.identity, user, programme,
				this.rights.scope(user, programmeId), LocalDate.now(this.clock));
	}

	private TaskView view(TaskContext context, Task task) {
		return this.views.view(task, context.user(), context.scope(), context.today());
	}

}
