package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleHolder;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaSeat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks reminders are about, for the notification module's daily job. No user
 * check: the job runs for everyone.
 * <p>
 * Four statements per list whatever the number of tasks: the tasks (this module's own
 * table), then, for all their programmes at once, the units, the pokja seats and the
 * coordinators, each asked of the module that owns them.
 */
@Service
@Transactional(readOnly = true)
public class TaskReminders {

	private static final String SELECT = """
			select t.id, t.programme_id, t.pokja_id, t.area_code, t.title, t.due_date, t.pic_user_id
			from task t
			where t.status not in ('SELESAI', 'BATAL') and t.pic_user_id is not null and t.due_date is not null
			""";

	private final JdbcClient jdbc;

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final IdentityApi identity;

	TaskReminders(JdbcClient jdbc, AssessmentApi assessment, PokjaApi pokja, IdentityApi identity) {
		this.jdbc = jdbc;
		this.assessment = assessment;
		this.pokja = pokja;
		this.identity = identity;
	}

	/**
	 * @param date a day
	 * @return the open tasks with a person in charge due on that day, by id
	 */
	public List<ReminderTask> dueOn(LocalDate date) {
		return withCoordinators(this.jdbc.sql(SELECT + " and t.due_date = :date order by t.id")
			.param("date", date)
			.query(Row.class)
			.list());
	}

	/**
	 * @param today today
	 * @return the open tasks with a person in charge due before today (see
	 * {@link TaskView#isOverdue}), by due date
	 */
	public List<ReminderTask> overdue(LocalDate today) {
		return withCoordinators(this.jdbc.sql(SELECT + " and t.due_date < :today order by t.due_date, t.id")
			.param("today", today)
			.query(Row.class)
			.list());
	}

	/**
	 * The coordinators of a task are the active people with the COORDINATOR role on the
	 * programme's unit who sit in the task's pokja, or in the pokja of its area when it
	 * has none: the people whose edit scope covers it.
	 */
	private List<ReminderTask> withCoordinators(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> programmeIds = rows.stream().map(Row::programmeId).collect(Collectors.toSet());
		Map<Long, Long> units = this.assessment.unitsOf(programmeIds);
		Map<Long, List<PokjaSeat>> seats = this.pokja.seatsOf(programmeIds)
			.stream()
			.collect(Collectors.groupingBy(PokjaSeat::programmeId));
		Set<RoleHolder> coordinators = new HashSet<>(
				this.identity.holders(Role.COORDINATOR, new HashSet<>(units.values())));
		return rows.stream().map((row) -> {
			Long unitId = units.get(row.programmeId());
			List<Long> ids = seats.getOrDefault(row.programmeId(), List.of())
				.stream()
				.filter((seat) -> (row.pokjaId() != null) ? seat.pokjaId() == row.pokjaId()
						: seat.areaCode().equals(row.areaCode()))
				.map(PokjaSeat::userId)
				.filter((userId) -> unitId != null && coordinators.contains(new RoleHolder(userId, unitId)))
				.distinct()
				.sorted()
				.toList();
			return new ReminderTask(row.id(), row.programmeId(), row.title(), row.dueDate(), row.picUserId(), ids);
		}).toList();
	}

	record Row(long id, long programmeId, Long pokjaId, String areaCode, String title, LocalDate dueDate,
			long picUserId) {
	}

}
