package id.ruangzi.actionplan;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import id.ruangzi.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue tasks and the latest task or activity per programme, for many programmes in one
 * SQL statement (the supervisor overview). Callers pass only programmes the user may see.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeWorkSummary {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProgrammeWorkSummary(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param programmeIds the programmes: a page of them, or every programme of a scope
	 * when the overview sorts by overdue tasks or last activity
	 * @return programme id to its summary; programmes without tasks or activities are
	 * absent
	 */
	public Map<Long, ProgrammeWork> of(Collection<Long> programmeIds) {
		Map<Long, ProgrammeWork> result = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select programme_id, sum(overdue) as overdue, max(touched) as touched from (
				    select t.programme_id, case when t.due_date < :today and t.status not in ('SELESAI', 'BATAL')
				                                then 1 else 0 end as overdue,
				           (t.updated_at at time zone :zone)::date as touched
				    from task t where t.programme_id = any(cast(:programmes as bigint[]))
				    union all
				    select a.programme_id, 0, a.activity_date
				    from activity a where a.programme_id = any(cast(:programmes as bigint[]))
				) x group by programme_id
				""")
			.param("today", LocalDate.now(this.clock))
			.param("zone", this.clock.getZone().getId())
			.param("programmes", SqlArrays.bigints(programmeIds))
			.query((rs, n) -> {
				Date touched = rs.getDate("touched");
				return new ProgrammeWork(rs.getLong("programme_id"), rs.getLong("overdue"),
						(touched != null) ? touched.toLocalDate() : null);
			})
			.list()
			.forEach((work) -> result.put(work.programmeId(), work));
		return result;
	}

}
