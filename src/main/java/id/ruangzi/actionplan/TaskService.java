package id.ruangzi.actionplan;

import java.util.List;
import java.util.Set;

import id.ruangzi.assessment.EditScope;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's facade: it holds the transactions and hands reading and writing to
 * package-private helpers, which share one set of rules for who may do what to a task.
 * <ul>
 * <li>Seeing tasks needs sight of the programme (another unit's programme or task is not
 * found).</li>
 * <li>Creating, editing every field and deleting need the programme's edit scope to cover
 * the task's area (a task of the whole programme: full control only), before and after
 * the change.</li>
 * <li>The person in charge may change status and progress of their task and comment on
 * it; supervisors of the unit may comment.</li>
 * </ul>
 * Every change carries the version the user saw; an older one is a conflict, never a
 * silent overwrite.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

	/** The most rows an export holds. */
	public static final int EXPORT_LIMIT = 5000;

	private final TaskRights rights;

	private final TaskReading reading;

	private final TaskWriting writing;

	TaskService(TaskRights rights, TaskReading reading, TaskWriting writing) {
		this.rights = rights;
		this.reading = reading;
		this.writing = writing;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return what the user may change in it; creating tasks needs
	 * {@link EditScope#any()}
	 */
	public EditScope scope(CurrentUser user, long programmeId) {
		return this.rights.scope(user, programmeId);
	}

	/**
	 * One page of a programme's tasks, in a fixed number of statements.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param filter what to show, in which order
	 * @param pageable the page (its sort is ignored; the filter's applies)
	 * @return the page
	 */
	public Page<TaskView> list(CurrentUser user, long programmeId, TaskFilter filter, Pageable pageable) {
		return this.reading.list(user, programmeId, filter, pageable);
	}

	/**
	 * A programme's tasks for an export: the list's filter and order, at most
	 * {@link #EXPORT_LIMIT} rows.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param filter what to export
	 * @return the tasks
	 */
	public List<TaskView> export(CurrentUser user, long programmeId, TaskFilter filter) {
		return this.reading.export(user, programmeId, filter);
	}

	/**
	 * The tasks the user is in charge of, in every programme they may see.
	 * @param user the signed-in user
	 * @return overdue first, then by due date
	 */
	public MyTasks mine(CurrentUser user) {
		return this.reading.mine(user);
	}

	/**
	 * A pokja's tasks by status.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param pokjaId one of its pokja
	 * @return the board
	 */
	public TaskBoard board(CurrentUser user, long programmeId, long pokjaId) {
		return this.reading.board(user, programmeId, pokjaId);
	}

	/**
	 * @param user the signed-in user
	 * @param taskId a task
	 * @return the task, if the user may see its programme
	 */
	public TaskView task(CurrentUser user, long taskId) {
		return this.reading.task(user, taskId);
	}

	/**
	 * A task with its comments, for the task page.
	 * @param user the signed-in user
	 * @param programmeId the programme the page is under
	 * @param taskId the task, which must belong to it
	 * @return the task and its comments
	 */
	public TaskDetail detail(CurrentUser user, long programmeId, long taskId) {
		return this.reading.detail(user, programmeId, taskId);
	}

	/**
	 * The people who may be put in charge of a programme's tasks: everyone with a role on
	 * its unit.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the people, by full name
	 */
	public List<Person> candidates(CurrentUser user, long programmeId) {
		return this.reading.candidates(user, programmeId);
	}

	/**
	 * Creates a task (for example from an activity's follow-up).
	 * @param user the signed-in user, whose edit scope must cover the task's area
	 * @param programmeId the programme
	 * @param draft the task
	 * @return the new task
	 * @throws TaskRejectedException for invalid fields
	 */
	@Transactional
	public TaskView create(CurrentUser user, long programmeId, TaskDraft draft) {
		return createAll(user, programmeId, List.of(draft)).get(0);
	}

	/**
	 * Creates several tasks at once, all or none.
	 * @param user the signed-in user, whose edit scope must cover every task's area
	 * @param programmeId the programme
	 * @param drafts the tasks
	 * @return the new tasks, in the drafts' order
	 */
	@Transactional
	public List<TaskView> createAll(CurrentUser user, long programmeId, List<TaskDraft> drafts) {
		return this.writing.createAll(user, programmeId, drafts);
	}

	/**
	 * Changes every field of a task.
	 * @param user the signed-in user, whose edit scope must cover the task's area before
	 * and after
	 * @param programmeId the programme the task must belong to, or null for any
	 * @param taskId the task
	 * @param draft its new fields
	 * @param version the version the user saw
	 * @return the changed task
	 */
	@Transactional
	public TaskView edit(CurrentUser user, Long programmeId, long taskId, TaskDraft draft, long version) {
		return this.writing.edit(user, programmeId, taskId, draft, version);
	}

	/**
	 * Changes some fields of a task: the person in charge may change status and progress,
	 * editors everything.
	 * @param user the signed-in user
	 * @param programmeId the programme the task must belong to, or null for any
	 * @param taskId the task
	 * @param change the fields to change
	 * @return the changed task
	 */
	@Transactional
	public TaskView change(CurrentUser user, Long programmeId, long taskId, TaskChange change) {
		return this.writing.change(user, programmeId, taskId, change);
	}

	/**
	 * Deletes a task with its comments.
	 * @param user the signed-in user, whose edit scope must cover the task's area
	 * @param programmeId the programme the task must belong to, or null for any
	 * @param taskId the task
	 * @param version the version the user saw
	 */
	@Transactional
	public void delete(CurrentUser user, Long programmeId, long taskId, long version) {
		this.writing.delete(user, programmeId, taskId, version);
	}

	/**
	 * Adds a comment.
	 * @param user the signed-in user: an editor of the task, its person in charge or a
	 * supervisor of the unit
	 * @param programmeId the programme the task must belong to, or null for any
	 * @param taskId the task
	 * @param body the text, 1 to 5000 characters
	 */
	@Transactional
	public void comment(CurrentUser user, Long programmeId, long taskId, String body) {
		this.writing.comment(user, programmeId, taskId, body);
	}

	/**
	 * The titles of a programme's tasks, to tell which template lines are taken.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the titles
	 */
	public Set<String> titles(CurrentUser user, long programmeId) {
		return this.reading.titles(user, programmeId);
	}

}
