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

}
