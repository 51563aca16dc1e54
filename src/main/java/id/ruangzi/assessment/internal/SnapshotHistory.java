package id.ruangzi.assessment.internal;

import java.math.BigDecimal;
import java.util.List;

import id.ruangzi.assessment.ScoreSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the daily score snapshots back for charts, one SQL statement per programme
 * however many days it has.
 */
@Component
public class SnapshotHistory {

	private final JdbcClient jdbc;

	SnapshotHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param programmeId the programme
	 * @return its snapshots, oldest first
	 */
	public List<ScoreSnapshot> of(long programmeId) {
		return this.jdbc.sql("""
				select snapshot_date, total, pengungkit, hasil from score_snapshot
				where programme_id = :programme order by snapshot_date
				""")
			.param("programme", programmeId)
			.query((rs, row) -> new ScoreSnapshot(rs.getDate("snapshot_date").toLocalDate(), rs.getBigDecimal("total"),
					rs.getBigDecimal("pengungkit"), rs.getBigDecimal("hasil")))
			.list();
	}

	/**
	 * Stores past days' snapshots where none exist yet (demo history); existing days are
	 * kept, so running it twice changes nothing. The areas split the Pengungkit score as
	 * they do in the programme's latest snapshot (evenly without one).
	 * @param programmeId the programme
	 * @param snapshots the days to store
	 */
	public void backfill(long programmeId, List<ScoreSnapshot> snapshots) {
		for (ScoreSnapshot snapshot : snapshots) {
			this.jdbc.sql("""
					insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
					    area_a, area_b, area_c, area_d, area_e, area_f)
					select :programme, :day, :total, :pengungkit, :hasil,
					    round(:pengungkit * coalesce(l.area_a / nullif(l.pengungkit, 0), 1.0 / 6), 2),
					    round(:pengungkit * coalesce(l.area_b / nullif(l.pengungkit, 0), 1.0 / 6), 2),
					    round(:pengungkit * coalesce(l.area_c / nullif(l.pengungkit, 0), 1.0 / 6), 2),
					    round(:pengungkit * coalesce(l.area_d / nullif(l.pengungkit, 0), 1.0 / 6), 2),
					    round(:pengungkit * coalesce(l.area_e / nullif(l.pengungkit, 0), 1.0 / 6), 2),
					    round(:pengungkit * coalesce(l.area_f / nullif(l.pengungkit, 0), 1.0 / 6), 2)
					from (select 1) one
					left join lateral (select * from score_snapshot where programme_id = :programme
					                   order by snapshot_date desc limit 1) l on true
					on conflict (programme_id, snapshot_date) do nothing
					""")
				.param("programme", programmeId)
				.param("day", snapshot.date())
				.param("total", snapshot.total())
				.param("pengungkit", snapshot.pengungkit())
				.param("hasil", snapshot.hasil())
				.update();
		}
	}

}
