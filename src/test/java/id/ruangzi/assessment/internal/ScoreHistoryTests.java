package id.ruangzi.assessment.internal;

import java.math.BigDecimal;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Score history: every answer change is audited, and every open programme gets a snapshot
 * a day even when nobody answers.
 */
@IntegrationTest
@Transactional
class ScoreHistoryTests {

	@Autowired
	DailySnapshots snapshots;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDailyJobSnapshotsProgrammesNobodyTouchedToday() {
		this.jdbc.sql("delete from score_snapshot").update();

		this.snapshots.snapshotAll();

		assertThat(this.jdbc
			.sql("select count(*) from score_snapshot where snapshot_date = "
					+ "(now() at time zone 'Asia/Jakarta')::date")
			.query(Long.class)
			.single()).isEqualTo(this.jdbc.sql("select count(*) from programme").query(Long.class).single());
		assertThat(this.jdbc
			.sql("select s.total from score_snapshot s join programme p on p.id = s.programme_id "
					+ "join unit u on u.id = p.unit_id where u.code = 'MAN2-TDT'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("77.35");
	}

	@Test
	void runningTheJobTwiceKeepsOneSnapshotPerDay() {
		this.snapshots.snapshotAll();
		this.snapshots.snapshotAll();
		assertThat(this.jdbc
			.sql("select count(*) from (select programme_id, snapshot_date from score_snapshot "
					+ "group by 1, 2 having count(*) > 1) d")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void everyDemoAnswerIsInTheAuditTrailWithWhoChangedIt() {
		assertThat(this.jdbc.sql("select count(*) from answer_change c join programme p on p.id = c.programme_id "
				+ "join unit u on u.id = p.unit_id where u.code = 'MAN2-TDT' and c.changed_by = 'Dr. Yusrizal, M.A.'")
			.query(Long.class)
			.single()).isEqualTo(113);
	}

	@Test
	void theLatestScoresFollowTheNewestSnapshotButNotAnOlderOne() {
		long programme = this.jdbc.sql("select min(id) from programme").query(Long.class).single();
		// Days after any snapshot the demo data or the scheduler may have written.
		snapshot(programme, "2031-03-01", "40.00");
		snapshot(programme, "2031-03-03", "55.50");
		snapshot(programme, "2031-03-02", "45.00");
		assertThat(latest(programme, "total")).isEqualTo("55.50");
		assertThat(latest(programme, "snapshot_date::text")).isEqualTo("2031-03-03");
		this.jdbc
			.sql("update score_snapshot set total = 60.25 where programme_id = :p and snapshot_date = '2031-03-03'")
			.param("p", programme)
			.update();
		assertThat(latest(programme, "total")).isEqualTo("60.25");
	}

	@Test
	void theLatestAnswerChangeIsKeptWithTheLatestScores() {
		long programme = this.jdbc.sql("select min(id) from programme").query(Long.class).single();
		for (String at : new String[] { "2031-01-02 10:00+07", "2031-01-01 10:00+07" }) {
			this.jdbc
				.sql("insert into answer_change (programme_id, item_code, changed_at, changed_by) "
						+ "values (:p, 'PPA1A', cast(:at as timestamptz), 'test')")
				.param("p", programme)
				.param("at", at)
				.update();
		}
		assertThat(latest(programme, "(last_answered_at at time zone 'Asia/Jakarta')::text"))
			.isEqualTo("2031-01-02 10:00:00");
	}

	private void snapshot(long programme, String day, String total) {
		this.jdbc.sql("""
				insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
				    area_a, area_b, area_c, area_d, area_e, area_f)
				values (:p, cast(:day as date), cast(:total as numeric), 1, 2, 3, 4, 5, 6, 7, 8)
				""").param("p", programme).param("day", day).param("total", total).update();
	}

	private String latest(long programme, String column) {
		return this.jdbc.sql("select " + column + " from programme_score where programme_id = :p")
			.param("p", programme)
			.query(String.class)
			.single();
	}

}
