package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import id.ruangzi.actionplan.internal.Task;
import id.ruangzi.actionplan.internal.TaskQueries;
import id.ruangzi.actionplan.internal.TaskRow;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;

import org.springframework.stereotype.Component;

/**
 * Turns task rows into views. People in charge and item codes are loaded in one batch per
 * call, so a page costs the same few statements however many tasks it shows.
 */
@Component
class TaskViews {

	private final IdentityApi identity;

	private final TaskQueries queries;

	TaskViews(IdentityApi identity, TaskQueries queries) {
		this.identity = identity;
		this.queries = queries;
	}

	List<TaskView> views(List<TaskRow> rows, CurrentUser user, Function<Long, EditScope> scopes, LocalDate today) {
		Map<Long, List<String>> items = this.queries.itemCodes(rows.stream().map(TaskRow::id).toList());
		Map<Long, Person> people = this.identity
			.peopleById(rows.stream().map(TaskRow::picUserId).filter(Objects::nonNull).distinct().toList());
		return rows.stream()
			.map((row) -> view(row, items.getOrDefault(row.id(), List.of()), people, user,
					scopes.apply(row.programmeId()), today))
			.toList();
	}

	// A task just loaded or saved already holds its item codes; only its person is read.
	TaskView view(Task task, CurrentUser user, EditScope scope, LocalDate today) {
		Map<Long, Person> people = (task.getPicUserId() != null)
				? this.identity.peopleById(List.of(task.getPicUserId())) : Map.of();
		return view(task, people, user, scope, today);
	}

	static TaskView view(Task task, Map<Long, Person> people, CurrentUser user, EditScope scope, LocalDate today) {
		return view(TaskRow.of(task), List.copyOf(new TreeSet<>(task.getItemCodes())), people, user, scope, today);
	}

	static TaskView view(TaskRow row, List<String> itemCodes, Map<Long, Person> people, CurrentUser user,
			EditScope scope, LocalDate today) {
		boolean editor = TaskRights.edits(scope, row.areaCode());
		boolean pic = TaskRights.inCharge(user, row.picUserId());
		return new TaskView(row.id(), row.programmeId(), row.pokjaId(), row.areaCode(), row.title(), row.description(),
				(row.picUserId() != null) ? people.get(row.picUserId()) : null, row.startDate(), row.dueDate(),
				row.status(), row.priority(), row.expectedOutput(), row.progress(), row.completedAt(), itemCodes,
				row.version(), today, editor, editor || pic);
	}

}
