package id.ruangzi.assessment.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.ScoreReport;

import id.ruangzi.shared.time.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of answers and the daily score snapshots, written with the answer in
 * one transaction.
 */
@Repository
class AnswerHistory {

	// Snapshots are per calendar day in Indonesia's westernmost zone, where most units
	// are.
	private static final ZoneId WIB = TimeConfiguration.ZONE;

	private final JdbcClient jdbc;

	AnswerHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recordChange(long programmeId, String itemCode, String by, String oldValue, String newValue) {
		this.jdbc
			.sql("insert into answer_change (programme_id, item_code, changed_by, old_value, new_value) "
					+ "values (:programme, :item, :by, :old, :new)")
			.param("programme", programmeId)
			.param("item", itemCode)
			.param("by", by)
			.param("old", oldValue)
			.param("new", newValue)
			.update();
	}

	void snapshot(long programmeId, ScoreReport report) {
		this.jdbc.sql("""
				insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
				    area_a, area_b, area_c, area_d, area_e, area_f)
				values (:programme, :day, :total, :pengungkit, :hasil, :a, :b, :c, :d, :e, :f)
				on conflict (programme_id, snapshot_date) do update set total = excluded.total,
				    pengungkit = excluded.pengungkit, hasil = excluded.hasil, area_a = excluded.area_a,
				    area_b = excluded.area_b, area_c = excluded.area_c, area_d = excluded.area_d,
				    area_e = excluded.area_e, area_f = excluded.area_f
				""")
			.param("programme", programmeId)
			.param("day", LocalDate.now(WIB))
			.param("total", report.roundedTotal())
			.param("pengungkit", ScoreReport.cents(report.component(ComponentKind.PENGUNGKIT).score()))
			.param("hasil", ScoreReport.cents(report.component(ComponentKind.HASIL).score()))
			.param("a", area(report, Area.A))
			.param("b", area(report, Area.B))
			.param("c", area(report, Area.C))
			.param("d", area(report, Area.D))
			.param("e", area(report, Area.E))
			.param("f", area(report, Area.F))
			.update();
	}

	private static java.math.BigDecimal area(ScoreReport report, Area area) {
		return ScoreReport.cents(report.area(area).score());
	}

}
