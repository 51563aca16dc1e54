package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.Improvement;
import id.ruangzi.assessment.scoring.PredicateReadiness;
import id.ruangzi.evidence.EvidenceCheck;
import id.ruangzi.review.RoundView;

/**
 * The "Laporan Kesiapan Zona Integritas" of a programme: what the unit can hand to its
 * supervisor. Every number comes from the facades the programme page uses, rounded the
 * same way, so the report and the page agree.
 *
 * @param programme the programme
 * @param generatedAt when the report was made, in Asia/Jakarta
 * @param totals the headline scores
 * @param readiness the target predicate's gates
 * @param areas the six change areas
 * @param gaps what stands between the programme and its target
 * @param tasks one line per pokja
 * @param evidence the evidence summary
 * @param review the latest review round and its revision notes
 */
public record ReadinessReport(ProgrammeView programme, ZonedDateTime generatedAt, Totals totals,
		PredicateReadiness readiness, List<AreaLine> areas, GapReport gaps, List<TaskLine> tasks,
		EvidenceSummary evidence, ReviewSummary review) {

	/** How many improvements the report lists, as the programme page does. */
	static final int TOP_GAPS = 10;

	public ReadinessReport {
		areas = List.copyOf(areas);
		tasks = List.copyOf(tasks);
	}

	/** The largest improvements of the gap explainer, at most {@link #TOP_GAPS}. */
	public List<Improvement> topImprovements() {
		return this.gaps.improvements().stream().limit(TOP_GAPS).toList();
	}

	/**
	 * The headline scores, rounded to cents.
	 *
	 * @param total out of 100
	 * @param pengungkit out of 60
	 * @param pemenuhan out of 30
	 * @param reform out of 30
	 * @param hasil out of 40
	 */
	public record Totals(BigDecimal total, BigDecimal pengungkit, BigDecimal pemenuhan, BigDecimal reform,
			BigDecimal hasil) {
	}

	/**
	 * One change area.
	 *
	 * @param code A-F
	 * @param name the worksheet's name
	 * @param pemenuhan its Pemenuhan part
	 * @param reform its Reform part
	 * @param score pemenuhan + reform
	 * @param weight its weight
	 * @param percent score / weight x 100
	 * @param answered items answered
	 * @param items items in the area
	 */
	public record AreaLine(String code, String name, BigDecimal pemenuhan, BigDecimal reform, BigDecimal score,
			BigDecimal weight, BigDecimal percent, long answered, long items) {
	}

	/**
	 * One pokja's tasks over the programme.
	 *
	 * @param areaCode the pokja's area
	 * @param pokjaName its name
	 * @param done finished
	 * @param inProgress being worked on
	 * @param notStarted not started
	 * @param overdue open and past their due date
	 */
	public record TaskLine(String areaCode, String pokjaName, int done, int inProgress, int notStarted, int overdue) {
	}

	/**
	 * The evidence of a programme.
	 *
	 * @param records evidence records (files and links)
	 * @param answeredItems items answered
	 * @param answeredWithEvidence answered items with at least one evidence record
	 * @param coverage answeredWithEvidence / answeredItems x 100, zero without answers
	 * @param checks the findings of each evidence check
	 */
	public record EvidenceSummary(long records, long answeredItems, long answeredWithEvidence, BigDecimal coverage,
			List<CheckCount> checks) {

		public EvidenceSummary {
			checks = List.copyOf(checks);
		}

	}

	/**
	 * @param check an evidence check
	 * @param findings how many findings it has over the programme
	 */
	public record CheckCount(EvidenceCheck check, long findings) {
	}

	/**
	 * @param round the latest round, or null before the first submission
	 * @param revisions the items of that round marked PERLU_REVISI, in template order
	 */
	public record ReviewSummary(RoundView round, List<RevisionNote> revisions) {

		public ReviewSummary {
			revisions = List.copyOf(revisions);
		}

	}

	/**
	 * @param itemCode the item
	 * @param note the reviewer's note, may be null
	 * @param reviewedBy who asked for the revision
	 */
	public record RevisionNote(String itemCode, String note, String reviewedBy) {
	}

}
