package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.review.ReviewStatus;

/**
 * One unit's programme in the supervisor overview.
 *
 * @param rank 1 for the best total (ties by Pengungkit)
 * @param programmeId the programme, for the drill-down to its dashboard
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param type the unit's type
 * @param parentCode the parent unit's code, or null
 * @param parentName the parent unit's name (its code when outside the user's scope)
 * @param target WBK or WBBM
 * @param stage where the programme stands
 * @param total the latest total, null before any score
 * @param pengungkit the latest Pengungkit
 * @param hasil the latest Hasil
 * @param totalTwoWeeksAgo the total 14 days earlier, or null
 * @param weakestArea the area with the lowest percent of its weight, or null
 * @param weakestPercent that percent
 * @param evidenceCoverage answered items with evidence per answered item, in percent,
 * null when nothing is answered
 * @param overdueTasks tasks past due
 * @param lastActivity the latest answer, task change or activity, or null
 * @param review the review status
 * @param gates the target predicate's gates
 * @param attention why the unit needs attention; empty when on track
 */
public record OverviewRow(int rank, long programmeId, String unitCode, String unitName, UnitType type,
		String parentCode, String parentName, Predicate target, Stage stage, BigDecimal total, BigDecimal pengungkit,
		BigDecimal hasil, BigDecimal totalTwoWeeksAgo, Area weakestArea, BigDecimal weakestPercent,
		BigDecimal evidenceCoverage, long overdueTasks, LocalDate lastActivity, ReviewStatus review,
		List<GateResult> gates, List<Attention> attention) {

	public OverviewRow {
		gates = List.copyOf(gates);
		attention = List.copyOf(attention);
	}

	/** Whether every gate of the target predicate passes: ready to propose. */
	public boolean ready() {
		return !this.gates.isEmpty() && this.gates.stream().allMatch(GateResult::passed);
	}

	/** Whether nothing needs attention. */
	public boolean onTrack() {
		return this.attention.isEmpty();
	}

}
