package id.ruangzi.actionplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task counts per pokja and month, aggregated in one SQL statement. Callers check that
 * the user may see the programme.
 */
@Service
@Transactional(readOnly = true)
public class TaskStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param programmeId the programme
	 * @param month the month
	 * @return the counts by pokja id; pokja without tasks are absent
	 */
	public Map<Long, PokjaTaskMonth> byPokja(long programmeId, YearMonth month) {
		LocalDate first = month.atDay(1);
		LocalDate next = month.plusMonths(1).atDay(1);
		Instant nextStart = next.atStartOfDay(this.clock.getZone()).toInstant();
		// Overdue is judged at the month's end, or now while the month is still running.
		LocalDate today = LocalDate.now(this.clock);
		LocalDate cutoffDay = today.isBefore(next) ? today : next;
		Instant cutoff = today.isBefore(next) ? this.clock.instant() : nextStart;
		Map<Long, PokjaTaskMonth> result = new HashMap<>();
		this.jdbc.sql("""
				select pokja_id,
				       count(*) filter (where due_date >= :first and due_date < :next and status <> 'BATAL') as planned,
				       count(*) filter (where status = 'SELESAI' and completed_at >= :firstStart
				                          and completed_at < :nextStart) as done,
				       count(*) filter (where due_date < :cutoffDay and status <> 'BATAL'
				                          and (status <> 'SELESAI' or completed_at >= :cutoff)) as overdue
				from task
				where programme_id = :programme and pokja_id is not null
				group by pokja_id
				""")
			.param("programme", programmeId)
			.param("first", first)
			.param("next", next)
			.param("firstStart", Timestamp.from(first.atStartOfDay(this.clock.getZone()).toInstant()))
			.param("nextStart", Timestamp.from(nextStart))
			.param("cutoffDay", cutoffDay)
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, row) -> new PokjaTaskMonth(rs.getLong("pokja_id"), rs.getInt("planned"), rs.getInt("done"),
					rs.getInt("overdue")))
			.list()
			.forEach((counts) -> result.put(counts.pokjaId(), counts));
		return result;
	}

	/**
	 * Every task of a programme by pokja and where it stands today, in one SQL statement.
	 * Overdue follows {@link TaskView#isOverdue}: due before today and still open.
	 * @param programmeId the programme
	 * @return the counts by pokja id; pokja without tasks are absent
	 */
	public Map<Long, PokjaTaskTotals> totalsByPokja(long programmeId) {
		Map<Long, PokjaTaskTotals> result = new HashMap<>();
		this.jdbc.sql("""
				select pokja_id,
				       count(*) filter (where status = 'BELUM') as todo,
				       count(*) filter (where status = 'PROSES') as in_progress,
				       count(*) filter (where status = 'SELESAI') as done,
				       count(*) filter (where due_date < :today and status in ('BELUM', 'PROSES')) as overdue
				from task
				where programme_id = :programme and pokja_id is not null
				group by pokja_id
				""")
			.param("programme", programmeId)
			.param("today", LocalDate.now(this.clock))
			.query((rs, row) -> new PokjaTaskTotals(rs.getLong("pokja_id"), rs.getInt("todo"), rs.getInt("in_progress"),
					rs.getInt("done"), rs.getInt("overdue")))
			.list()
			.forEach((counts) -> result.put(counts.pokjaId(), counts));
		return result;
	}

}
