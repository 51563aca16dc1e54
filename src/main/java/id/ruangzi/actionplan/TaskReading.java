package id.ruangzi.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.internal.Task;
import id.ruangzi.actionplan.internal.TaskNote;
import id.ruangzi.actionplan.internal.TaskNoteRepository;
import id.ruangzi.actionplan.internal.TaskQueries;
import id.ruangzi.actionplan.internal.TaskRepository;
import id.ruangzi.actionplan.internal.TaskRow;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The reading side of {@link TaskService}: lists, board, the user's own tasks, the task
 * page and exports. Each first checks sight of the programme, then reads in a fixed
 * number of statements.
 */
@Component
class TaskReading {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final IdentityApi identity;

	private final TaskRepository tasks;

	private final TaskNoteRepository notes;

	private final TaskQueries queries;

	private final TaskRights rights;

	private final TaskViews views;

	private final Clock clock;

	TaskReading(AssessmentApi assessment, PokjaApi pokja, IdentityApi identity, TaskRepository tasks,
			TaskNoteRepository notes, TaskQueries queries, TaskRights rights, TaskViews views, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.identity = identity;
		this.tasks = tasks;
		this.notes = notes;
		this.queries = queries;
		this.rights = rights;
		this.views = views;
		this.clock = clock;
	}

	Page<TaskView> list(CurrentUser user, long programmeId, TaskFilter filter, Pageable pageable) {
		this.assessment.programme(user, programmeId);
		EditScope scope = this.rights.scope(user, programmeId);
		LocalDate today = today();
		TaskQueries.Slice slice = this.queries.page(programmeId, resolve(filter), today, pageable.getOffset(),
				pageable.getPageSize());
		return new PageImpl<>(this.views.views(slice.rows(), user, (id) -> scope, today), pageable, slice.total());
	}

	List<TaskView> export(CurrentUser user, long programmeId, TaskFilter filter) {
		this.assessment.programme(user, programmeId);
		LocalDate today = today();
		EditScope scope = this.rights.scope(user, programmeId);
		return this.views.views(
				this.queries.page(programmeId, resolve(filter), today, 0, TaskService.EXPORT_LIMIT).rows(), user,
				(id) -> scope, today);
	}

	MyTasks mine(CurrentUser user) {
		Map<Long, ProgrammeView> programmes = this.assessment.programmes(user, null, null)
			.stream()
			.collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
		LocalDate today = today();
		List<TaskRow> rows = this.queries.ofPic(user.id(), programmes.keySet(), today);
		Map<Long, EditScope> scopes = new HashMap<>();
		rows.stream().map(TaskRow::programmeId).distinct().forEach((id) -> scopes.put(id, this.rights.scope(user, id)));
		List<TaskView> views = this.views.views(rows, user, scopes::get, today);
		Map<Long, ProgrammeView> used = new HashMap<>();
		scopes.keySet().forEach((id) -> used.put(id, programmes.get(id)));
		return new MyTasks(views, used);
	}

	TaskBoard board(CurrentUser user, long programmeId, long pokjaId) {
		this.assessment.programme(user, programmeId);
		PokjaView one = this.pokja.pokja(pokjaId)
			.filter((candidate) -> candidate.programmeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("pokja " + pokjaId + " of programme " + programmeId));
		EditScope scope = this.rights.scope(user, programmeId);
		LocalDate today = today();
		TaskFilter filter = new TaskFilter(null, pokjaId, null, null, false, TaskSort.DUE, null);
		List<TaskView> views = this.views.views(
				this.queries.page(programmeId, filter, today, 0, TaskService.EXPORT_LIMIT).rows(), user, (id) -> scope,
				today);
		Map<TaskStatus, List<TaskView>> columns = new EnumMap<>(TaskStatus.class);
		views.forEach((view) -> columns.computeIfAbsent(view.status(), (status) -> new ArrayList<>()).add(view));
		return new TaskBoard(one, columns);
	}

	TaskView task(CurrentUser user, long taskId) {
		Task task = this.rights.visible(user, null, taskId);
		EditScope scope = this.rights.scope(user, task.getProgrammeId());
		return this.views.views(List.of(TaskRow.of(task)), user, (id) -> scope, today()).get(0);
	}

	TaskDetail detail(CurrentUser user, long programmeId, long taskId) {
		Task task = this.rights.visible(user, programmeId, taskId);
		EditScope scope = this.rights.scope(user, programmeId);
		List<TaskNote> rows = this.notes.findByTaskIdOrderByCreatedAtAscIdAsc(taskId);
		// Authors and the person in charge in one query.
		Set<Long> people = new LinkedHashSet<>();
		rows.forEach((note) -> people.add(note.getAuthorUserId()));
		if (task.getPicUserId() != null) {
			people.add(task.getPicUserId());
		}
		Map<Long, Person> byId = this.identity.peopleById(people);
		TaskView view = TaskViews.view(task, byId, user, scope, today());
		List<TaskComment> comments = rows.stream().map((note) -> {
			Person author = byId.get(note.getAuthorUserId());
			return new TaskComment(note.getId(), (author != null) ? author.username() : null,
					(author != null) ? author.fullName() : null, note.getBody(),
					LocalDateTime.ofInstant(note.getCreatedAt(), this.clock.getZone()));
		}).toList();
		return new TaskDetail(view, comments, view.mayUpdate() || this.rights.supervises(user, view.programmeId()));
	}

	List<Person> candidates(CurrentUser user, long programmeId) {
		return this.identity.peopleOfUnit(this.assessment.programme(user, programmeId).unitId());
	}

	Set<String> titles(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		return Set.copyOf(this.tasks.titlesOf(programmeId));
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

}
