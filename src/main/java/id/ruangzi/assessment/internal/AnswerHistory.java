package id.ruangzi.assessment.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.ScoreReport;

import id.ruangzi.shared.time.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail of answers and the daily score snapshots, written with the answer in
 * one transaction.
 */
@Repository
class AnswerHistory {

	// Snapshots are per calendar day in Indonesia's westernmost zone, where most units
	// are.
	private static final ZoneId WIB = TimeConfiguration.ZONE;

	private static final Object LOCKED = new Object();

	private final JdbcClient jdbc;

	AnswerHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the programme's row until the transaction ends, before anything else of the
	 * programme is written. Every writer of answers, the audit trail and the snapshots
	 * takes it first, so two saves of one programme queue instead of deadlocking (a
	 * change locks the latest scores and then today's snapshot, a save of an unchanged
	 * answer the snapshot first) or both inserting an item's first answer. "No key
	 * update" still lets other tables insert rows that reference the programme.
	 * @param programmeId the programme
	 */
	void lock(long programmeId) {
		Set<Long> locked = lockedInThisTransaction();
		if (!locked.add(programmeId)) {
			return;
		}
		this.jdbc.sql("select id from programme where id = :programme for no key update")
			.param("programme", programmeId)
			.query(Long.class)
			.optional();
	}

	// The programmes this transaction has locked already: a save writes the answer, the
	// note and the snapshot, and asking again for a lock it holds is a statement for
	// nothing.
	@SuppressWarnings("unchecked")
	private static Set<Long> lockedInThisTransaction() {
		Set<Long> locked = (Set<Long>) TransactionSynchronizationManager.getResource(LOCKED);
		if (locked == null) {
			Set<Long> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(LOCKED, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(LOCKED);
				}
			});
			locked = fresh;
		}
		return locked;
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
		lock(programmeId);
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
