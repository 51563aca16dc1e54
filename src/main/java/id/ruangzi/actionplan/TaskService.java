package id.ruangzi.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.internal.DraftRules;
import id.ruangzi.actionplan.internal.Task;
import id.ruangzi.actionplan.internal.TaskNote;
import id.ruangzi.actionplan.internal.TaskNoteRepository;
import id.ruangzi.actionplan.internal.TaskQueries;
import id.ruangzi.actionplan.internal.TaskRepository;
import id.ruangzi.actionplan.internal.TaskRow;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's facade and the one place that decides who may do what to a task.
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

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final IdentityApi identity;

	private final AccessPolicy policy;

	private final OrganisationApi organisation;

	private final TaskRepository tasks;

	private final TaskNoteRepository notes;

	private final TaskQueries queries;

	private final Clock clock;

	TaskService(AssessmentApi assessment, PokjaApi pokja, IdentityApi identity, AccessPolicy policy,
			OrganisationApi organisation, TaskRepository tasks, TaskNoteRepository notes, TaskQueries queries,
			Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.identity = identity;
		this.policy = policy;
		this.organisation = organisation;
		this.tasks = tasks;
		this.notes = notes;
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return what the user may change in it; creating tasks needs
	 * {@link EditScope#any()}
	 */
	public EditScope scope(CurrentUser user, long programmeId) {
		return this.assessment.editScope(user, programmeId);
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
		this.assessment.programme(user, programmeId);
		EditScope scope = scope(user, programmeId);
		LocalDate today = today();
		TaskQueries.Slice slice = this.queries.page(programmeId, resolve(filter), today, pageable.getOffset(),
				pageable.getPageSize());
		return new PageImpl<>(views(slice.rows(), user, (id) -> scope, today), pageable, slice.total());
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
		this.assessment.programme(user, programmeId);
		LocalDate today = today();
		EditScope scope = scope(user, programmeId);
		return views(this.queries.page(programmeId, resolve(filter), today, 0, EXPORT_LIMIT).rows(), user,
				(id) -> scope, today);
	}

	/**
	 * The tasks the user is in charge of, in every programme they may see.
	 * @param user the signed-in user
	 * @return overdue first, then by due date
	 */
	public MyTasks mine(CurrentUser user) {
		Map<Long, ProgrammeView> programmes = this.assessment.programmes(user, null, null)
			.stream()
			.collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
		LocalDate today = today();
		List<TaskRow> rows = this.queries.ofPic(user.id(), programmes.keySet(), today);
		Map<Long, EditScope> scopes = new HashMap<>();
		rows.stream()
			.map(TaskRow::programmeId)
			.distinct()
			.forEach((id) -> scopes.put(id, this.assessment.editScope(user, id)));
		List<TaskView> views = views(rows, user, scopes::get, today);
		Map<Long, ProgrammeView> used = new HashMap<>();
		scopes.keySet().forEach((id) -> used.put(id, programmes.get(id)));
		return new MyTasks(views, used);
	}

	/**
	 * A pokja's tasks by status.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param pokjaId one of its pokja
	 * @return the board
	 */
	public TaskBoard board(CurrentUser user, long programmeId, long pokjaId) {
		this.assessment.programme(user, programmeId);
		PokjaView one = this.pokja.pokja(pokjaId)
			.filter((candidate) -> candidate.programmeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("pokja " + pokjaId + " of programme " + programmeId));
		EditScope scope = scope(user, programmeId);
		LocalDate today = today();
		TaskFilter filter = new TaskFilter(null, pokjaId, null, null, false, TaskSort.DUE, null);
		List<TaskView> views = views(this.queries.page(programmeId, filter, today, 0, EXPORT_LIMIT).rows(), user,
				(id) -> scope, today);
		Map<TaskStatus, List<TaskView>> columns = new EnumMap<>(TaskStatus.class);
		views.forEach((view) -> columns.computeIfAbsent(view.status(), (status) -> new ArrayList<>()).add(view));
		return new TaskBoard(one, columns);
	}

	/**
	 * @param user the signed-in user
	 * @param taskId a task
	 * @return the task, if the user may see its programme
	 */
	public TaskView task(CurrentUser user, long taskId) {
		Task task = visible(user, taskId);
		EditScope scope = scope(user, task.getProgrammeId());
		return views(List.of(TaskRow.of(task)), user, (id) -> scope, today()).get(0);
	}

	/**
	 * A task with its comments, for the task page.
	 * @param user the signed-in user
	 * @param programmeId the programme the page is under
	 * @param taskId the task, which must belong to it
	 * @return the task and its comments
	 */
	public TaskDetail detail(CurrentUser user, long programmeId, long taskId) {
		Task task = visible(user, programmeId, taskId);
		EditScope scope = scope(user, programmeId);
		List<TaskNote> rows = this.notes.findByTaskIdOrderByCreatedAtAscIdAsc(taskId);
		Set<Long> people = new LinkedHashSet<>();
		rows.forEach((note) -> people.add(note.getAuthorUserId()));
		if (task.getPicUserId() != null) {
			people.add(task.getPicUserId());
		}
		Map<Long, Person> byId = this.identity.peopleById(people);
		TaskView view = view(TaskRow.of(task), List.copyOf(new TreeSet<>(task.getItemCodes())), byId, user, scope,
				today());
		List<TaskComment> comments = rows.stream().map((note) -> {
			Person author = byId.get(note.getAuthorUserId());
			return new TaskComment(note.getId(), (author != null) ? author.username() : null,
					(author != null) ? author.fullName() : null, note.getBody(),
					LocalDateTime.ofInstant(note.getCreatedAt(), this.clock.getZone()));
		}).toList();
		return new TaskDetail(view, comments, view.mayUpdate() || supervises(user, view.programmeId()));
	}

	/**
	 * The people who may be put in charge of a programme's tasks: everyone with a role on
	 * its unit.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the people, by full name
	 */
	public List<Person> candidates(CurrentUser user, long programmeId) {
		return this.identity.peopleOfUnit(this.assessment.programme(user, programmeId).unitId());
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
		Context context = context(user, programmeId);
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
		Task task = visible(user, programmeId, taskId);
		Context context = context(user, task.getProgrammeId());
		if (!context.scope().coversCode(task.getAreaCode())) {
			throw new ForbiddenException("edit task " + taskId);
		}
		requireVersion(task, version);
		apply(context, task, draft, true);
		this.tasks.flush();
		return view(context, task);
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
		Task task = visible(user, programmeId, taskId);
		Context context = context(user, task.getProgrammeId());
		boolean editor = context.scope().coversCode(task.getAreaCode());
		boolean pic = Objects.equals(task.getPicUserId(), user.id());
		if (!editor && !(pic && !change.touchesPlan())) {
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
			picUserId = pic(context, rules, change.picUsername());
		}
		LocalDate start = (change.startDate() != null) ? change.startDate() : task.getStartDate();
		LocalDate due = (change.dueDate() != null) ? change.dueDate() : task.getDueDate();
		rules.dates(start, due);
		rules.check();
		requireVersion(task, change.version());
		task.schedule(picUserId, start, due);
		task.progress(status, progress, Instant.now(this.clock));
		this.tasks.flush();
		return view(context, task);
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
		Task task = visible(user, programmeId, taskId);
		if (!scope(user, task.getProgrammeId()).coversCode(task.getAreaCode())) {
			throw new ForbiddenException("delete task " + taskId);
		}
		requireVersion(task, version);
		this.tasks.delete(task);
		this.tasks.flush();
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
		Task task = visible(user, programmeId, taskId);
		boolean allowed = scope(user, task.getProgrammeId()).coversCode(task.getAreaCode())
				|| Objects.equals(task.getPicUserId(), user.id()) || supervises(user, task.getProgrammeId());
		if (!allowed) {
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

	/**
	 * The titles of a programme's tasks, to tell which template lines are taken.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the titles
	 */
	public Set<String> titles(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		return Set.copyOf(this.tasks.titlesOf(programmeId));
	}

	private void apply(Context context, Task task, TaskDraft draft, boolean existing) {
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
		List<String> items = items(context, rules, draft.itemCodes(), area);
		Long picUserId = pic(context, rules, draft.picUsername());
		rules.dates(draft.startDate(), draft.dueDate());
		TaskStatus status = rules.status(draft.status(), existing ? task.getStatus() : TaskStatus.BELUM);
		TaskPriority priority = rules.priority(draft.priority(), TaskPriority.SEDANG);
		String output = rules.text("expectedOutput", draft.expectedOutput(), 200);
		int progress = rules.progress(draft.progress(), existing ? task.getProgress() : 0);
		rules.check();
		if (!context.scope().coversCode(area)) {
			throw new ForbiddenException("tasks of area " + ((area != null) ? area : "(none)"));
		}
		task.plan(title, description, area, pokjaId, items, output, priority);
		task.schedule(picUserId, draft.startDate(), draft.dueDate());
		task.progress(status, progress, Instant.now(this.clock));
	}

	private List<String> items(Context context, DraftRules rules, List<String> codes, String area) {
		Set<String> result = new TreeSet<>();
		List<String> given = codes.stream().map(DraftRules::blankToNull).filter(Objects::nonNull).toList();
		if (given.isEmpty()) {
			return List.of();
		}
		LkeTemplate template = context.template();
		for (String code : given) {
			Item item = template.item(code).orElse(null);
			if (item == null) {
				rules.reject("itemCodes", "actionplan.task.error.item", "no item " + code + " in the LKE", code);
			}
			else if (area != null && (item.area() == null || !item.area().name().equals(area))) {
				rules.reject("itemCodes", "actionplan.task.error.itemArea", code + " is not of area " + area, code,
						area);
			}
			else {
				result.add(item.code());
			}
		}
		return List.copyOf(result);
	}

	private Long pic(Context context, DraftRules rules, String username) {
		String value = DraftRules.blankToNull(username);
		if (value == null) {
			return null;
		}
		return context.people()
			.stream()
			.filter((person) -> person.username().equalsIgnoreCase(value))
			.map(Person::id)
			.findFirst()
			.orElseGet(() -> {
				rules.reject("picUsername", "actionplan.task.error.pic", value + " holds no role in the unit", value);
				return null;
			});
	}

	private static void requireVersion(Task task, long version) {
		if (task.getVersion() != version) {
			throw new ConflictException("someone else changed this task; reload");
		}
	}

	private boolean supervises(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		return this.organisation.findUnits(List.of(programme.unitId()))
			.stream()
			.anyMatch((unit) -> this.policy.may(user, Action.REVIEW, unit));
	}

	private Task visible(CurrentUser user, long taskId) {
		return visible(user, null, taskId);
	}

	// A task under another programme's path is not found, like one of another unit.
	private Task visible(CurrentUser user, Long programmeId, long taskId) {
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

	private Context context(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		return new Context(user, programme, scope(user, programmeId), today());
	}

	private TaskView view(Context context, Task task) {
		Map<Long, Person> people = (task.getPicUserId() != null)
				? this.identity.peopleById(List.of(task.getPicUserId())) : Map.of();
		return view(TaskRow.of(task), List.copyOf(new TreeSet<>(task.getItemCodes())), people, context.user(),
				context.scope(), context.today());
	}

	private List<TaskView> views(List<TaskRow> rows, CurrentUser user, Function<Long, EditScope> scopes,
			LocalDate today) {
		Map<Long, List<String>> items = this.queries.itemCodes(rows.stream().map(TaskRow::id).toList());
		Map<Long, Person> people = this.identity
			.peopleById(rows.stream().map(TaskRow::picUserId).filter(Objects::nonNull).distinct().toList());
		return rows.stream()
			.map((row) -> view(row, items.getOrDefault(row.id(), List.of()), people, user,
					scopes.apply(row.programmeId()), today))
			.toList();
	}

	private static TaskView view(TaskRow row, List<String> itemCodes, Map<Long, Person> people, CurrentUser user,
			EditScope scope, LocalDate today) {
		boolean editor = scope.coversCode(row.areaCode());
		boolean pic = row.picUserId() != null && row.picUserId() == user.id();
		return new TaskView(row.id(), row.programmeId(), row.pokjaId(), row.areaCode(), row.title(), row.description(),
				(row.picUserId() != null) ? people.get(row.picUserId()) : null, row.startDate(), row.dueDate(),
				row.status(), row.priority(), row.expectedOutput(), row.progress(), row.completedAt(), itemCodes,
				row.version(), today, editor, editor || pic);
	}

	// An unknown person in charge matches no task.
	private TaskFilter resolve(TaskFilter filter) {
		if (filter.picUsername() == null) {
			return filter;
		}
		long pic = this.identity.person(filter.picUsername()).map(Person::id).orElse(-1L);
		return new TaskFilter(filter.areaCode(), filter.pokjaId(), filter.picUsername(), filter.status(),
				filter.overdue(), filter.sort(), pic);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What validating a change needs, each part read at most once.
	 */
	private final class Context {

		private final CurrentUser user;

		private final ProgrammeView programme;

		private final EditScope scope;

		private final LocalDate today;

		private Map<Long, PokjaView> pokjaById;

		private List<Person> people;

		private LkeTemplate template;

		Context(CurrentUser user, ProgrammeView programme, EditScope scope, LocalDate today) {
			this.user = user;
			this.programme = programme;
			this.scope = scope;
			this.today = today;
		}

		CurrentUser user() {
			return this.user;
		}

		EditScope scope() {
			return this.scope;
		}

		LocalDate today() {
			return this.today;
		}

		Map<Long, PokjaView> pokja() {
			if (this.pokjaById == null) {
				this.pokjaById = TaskService.this.pokja.pokjaOf(this.programme.id())
					.stream()
					.collect(Collectors.toMap(PokjaView::id, Function.identity()));
			}
			return this.pokjaById;
		}

		List<Person> people() {
			if (this.people == null) {
				this.people = TaskService.this.identity.peopleOfUnit(this.programme.unitId());
			}
			return this.people;
		}

		LkeTemplate template() {
			if (this.template == null) {
				this.template = TaskService.this.assessment.sheet(this.user, this.programme.id()).template();
			}
			return this.template;
		}

	}

}
