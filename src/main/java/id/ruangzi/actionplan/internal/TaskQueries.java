package id.ruangzi.actionplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.actionplan.TaskFilter;
import id.ruangzi.actionplan.TaskPriority;
import id.ruangzi.actionplan.TaskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task lists in one statement each, whatever their length: filtered, sorted and paged
 * in SQL, with the total in the same statement.
 */
@Component
public class TaskQueries {

	/**
	 * The SQL form of {@link id.ruangzi.actionplan.TaskView#isOverdue}; keep the two
	 * equal.
	 */
	static final String OVERDUE = "(t.due_date < :today and t.status not in ('SELESAI', 'BATAL'))";

	private static final String COLUMNS = "t.id, t.programme_id, t.pokja_id, t.area_code, t.title, t.description, "
			+ "t.pic_user_id, t.start_date, t.due_date, t.status, t.priority, t.expected_output, t.progress, "
			+ "t.completed_at, t.version";

	private final JdbcClient jdbc;

	TaskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of a programme's tasks.
	 * @param programmeId the programme
	 * @param filter what to show and in which order
	 * @param today today, for the overdue filter
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the rows and the number of all matching rows
	 */
	public Slice page(long programmeId, TaskFilter filter, LocalDate today, long offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("programmeId", programmeId);
		params.put("today", today);
		params.put("offset", offset);
		params.put("limit", limit);
		StringBuilder where = new StringBuilder("t.programme_id = :programmeId");
		if (filter.areaCode() != null) {
			where.append(" and t.area_code = :area");
			params.put("area", filter.areaCode());
		}
		if (filter.pokjaId() != null) {
			where.append(" and t.pokja_id = :pokjaId");
			params.put("pokjaId", filter.pokjaId());
		}
		if (filter.picUserId() != null) {
			where.append(" and t.pic_user_id = :pic");
			params.put("pic", filter.picUserId());
		}
		if (filter.status() != null) {
			where.append(" and t.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.overdue()) {
			where.append(" and ").append(OVERDUE);
		}
		String sql = "select " + COLUMNS + ", count(*) over () as total from task t where " + where + " order by "
				+ order(filter) + " offset :offset limit :limit";
		long[] total = { 0 };
		List<TaskRow> rows = this.jdbc.sql(sql).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs);
		}).list();
		if (rows.isEmpty() && offset > 0) {
			total[0] = this.jdbc.sql("select count(*) from task t where " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new Slice(rows, total[0]);
	}

	/**
	 * A person's tasks in the given programmes, overdue first, then by due date.
	 * @param picUserId the person in charge
	 * @param programmeIds the programmes they may see
	 * @param today today
	 * @return at most 1000 rows
	 */
	public List<TaskRow> ofPic(long picUserId, Collection<Long> programmeIds, LocalDate today) {
		if (programmeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from task t where t.pic_user_id = :pic and t.programme_id in (:programmes)"
					+ " order by coalesce(" + OVERDUE
					+ ", false) desc, t.status in ('SELESAI', 'BATAL'), t.due_date nulls last, t.id" + " limit 1000")
			.param("pic", picUserId)
			.param("programmes", programmeIds)
			.param("today", today)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * @param taskIds tasks
	 * @return their item codes in code order, by task (tasks without items are absent)
	 */
	public Map<Long, List<String>> itemCodes(Collection<Long> taskIds) {
		Map<Long, List<String>> codes = new LinkedHashMap<>();
		if (taskIds.isEmpty()) {
			return codes;
		}
		this.jdbc.sql("select task_id, item_code from task_item where task_id in (:ids) order by task_id, item_code")
			.param("ids", taskIds)
			.query((rs) -> {
				codes.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getString(2));
			});
		return codes;
	}

	private static String order(TaskFilter filter) {
		String due = "t.due_date nulls last, t.id";
		return switch (filter.sort()) {
			case DUE -> due;
			case PRIORITY -> "case t.priority when 'TINGGI' then 0 when 'SEDANG' then 1 else 2 end, " + due;
			case STATUS ->
				"case t.status when 'BELUM' then 0 when 'PROSES' then 1 when 'SELESAI' then 2 else 3 end, " + due;
			case TITLE -> "lower(t.title), t.id";
		};
	}

	private static TaskRow row(ResultSet rs) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		return new TaskRow(rs.getLong("id"), rs.getLong("programme_id"), rs.getObject("pokja_id", Long.class),
				rs.getString("area_code"), rs.getString("title"), rs.getString("description"),
				rs.getObject("pic_user_id", Long.class), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
				TaskPriority.valueOf(rs.getString("priority")), rs.getString("expected_output"), rs.getInt("progress"),
				(completed != null) ? completed.toInstant() : null, rs.getLong("version"));
	}

	/**
	 * Rows of one page and the number of all matching rows.
	 *
	 * @param rows the rows
	 * @param total how many rows match the filter
	 */
	public record Slice(List<TaskRow> rows, long total) {

	}

}
