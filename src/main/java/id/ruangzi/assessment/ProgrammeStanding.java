package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.assessment.scoring.Predicate;

/**
 * One programme's standing among the programmes of a supervisor overview: its latest
 * daily snapshot, the snapshot 14 days earlier and its rank by total (ties by
 * Pengungkit).
 *
 * @param programmeId the programme
 * @param unitId its unit
 * @param year the year
 * @param target WBK or WBBM
 * @param stage where it stands
 * @param deadline the submission deadline
 * @param rank 1 for the best total among the filtered programmes
 * @param total the latest total, null before any snapshot
 * @param pengungkit the latest Pengungkit, null before any snapshot
 * @param hasil the latest Hasil, null before any snapshot
 * @param areas the latest area scores A to F (empty before any snapshot)
 * @param totalTwoWeeksAgo the total of the latest snapshot at least 14 days old, or null
 * @param lastAnswered the day of the latest answer change, or null
 */
public record ProgrammeStanding(long programmeId, long unitId, int year, Predicate target, Stage stage,
		LocalDate deadline, int rank, BigDecimal total, BigDecimal pengungkit, BigDecimal hasil, List<BigDecimal> areas,
		BigDecimal totalTwoWeeksAgo, LocalDate lastAnswered) {

	/** Whether the latest total is below the one 14 days earlier. */
	public boolean falling() {
		return this.total != null && this.totalTwoWeeksAgo != null && this.total.compareTo(this.totalTwoWeeksAgo) < 0;
	}

}
