package id.ruangzi.actionplan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks reminders are about, for the notification module's daily job: one SQL
 * statement each, whatever the number of tasks. No user check: the job runs for everyone.
 * <p>
 * The coordinators come from the same statement (pokja seats and role assignments,
 * read-only) so the job never asks per task or per programme.
 */
@Service
@Transactional(readOnly = true)
public class TaskReminders {

	private static final String SELECT = """
			select t.id, t.programme_id, t.title, t.due_date, t.pic_user_id,
			       array(select distinct m.user_id
			             from pokja k
			             join pokja_member m on m.pokja_id = k.id
			             join programme p on p.id = k.programme_id
			             join role_assignment r on r.user_id = m.user_id and r.role = 'COORDINATOR'
			                                   and r.unit_id = p.unit_id
			             join user_account u on u.id = m.user_id and u.active
			             where k.programme_id = t.programme_id
			               and (k.id = t.pokja_id or (t.pokja_id is null and k.area_code = t.area_code))
			             order by m.user_id) as coordinators
			from task t
			where t.status not in ('SELESAI', 'BATAL') and t.pic_user_id is not null and t.due_date is not null
			""";

	private final JdbcClient jdbc;

	TaskReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param date a day
	 * @return the open tasks with a person in charge due on that day, by id
	 */
	public List<ReminderTask> dueOn(LocalDate date) {
		return this.jdbc.sql(SELECT + " and t.due_date = :date order by t.id")
			.param("date", date)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * @param today today
	 * @return the open tasks with a person in charge due before today (see
	 * {@link TaskView#isOverdue}), by due date
	 */
	public List<ReminderTask> overdue(LocalDate today) {
		return this.jdbc.sql(SELECT + " and t.due_date < :today order by t.due_date, t.id")
			.param("today", today)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static ReminderTask row(ResultSet rs) throws SQLException {
		Array array = rs.getArray("coordinators");
		List<Long> coordinators = Arrays.stream((Object[]) array.getArray())
			.map((id) -> ((Number) id).longValue())
			.toList();
		return new ReminderTask(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("title"),
				rs.getObject("due_date", LocalDate.class), rs.getLong("pic_user_id"), coordinators);
	}

}
