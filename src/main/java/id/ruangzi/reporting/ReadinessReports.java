package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.PokjaTaskTotals;
import id.ruangzi.actionplan.TaskStatistics;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoreReport.AreaScore;
import id.ruangzi.assessment.scoring.ScoreReport.ItemScore;
import id.ruangzi.assessment.scoring.SubComponentKind;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.evidence.EvidenceCheck;
import id.ruangzi.evidence.EvidenceCheckReport;
import id.ruangzi.evidence.EvidenceChecks;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.reporting.ReadinessReport.AreaLine;
import id.ruangzi.reporting.ReadinessReport.CheckCount;
import id.ruangzi.reporting.ReadinessReport.EvidenceSummary;
import id.ruangzi.reporting.ReadinessReport.RevisionNote;
import id.ruangzi.reporting.ReadinessReport.ReviewSummary;
import id.ruangzi.reporting.ReadinessReport.TaskLine;
import id.ruangzi.reporting.ReadinessReport.Totals;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.ReviewPage;
import id.ruangzi.review.VerdictView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the readiness report of a programme from the module facades: scores and gates
 * as the programme page shows them ({@link AssessmentApi#sheet},
 * {@link AssessmentApi#gaps}), tasks per pokja, evidence coverage and checks, and the
 * latest review round. Everyone who may see the programme may read it; outside scope it
 * is not found. A fixed number of SQL statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
public class ReadinessReports {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskStatistics tasks;

	private final EvidenceApi evidence;

	private final EvidenceChecks checks;

	private final ReviewApi review;

	private final Clock clock;

	ReadinessReports(AssessmentApi assessment, PokjaApi pokja, TaskStatistics tasks, EvidenceApi evidence,
			EvidenceChecks checks, ReviewApi review, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
		this.evidence = evidence;
		this.checks = checks;
		this.review = review;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme (404 outside the user's scope)
	 * @return the report
	 */
	public ReadinessReport report(CurrentUser user, long programmeId) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		ProgrammeView programme = sheet.programme();
		ScoreReport score = sheet.score();
		return new ReadinessReport(programme, ZonedDateTime.now(this.clock), totals(score),
				score.readiness(programme.target()), areas(sheet), this.assessment.gaps(user, programmeId),
				tasks(programmeId), evidence(user, programmeId, score), review(user, programmeId));
	}

	private static Totals totals(ScoreReport score) {
		return new Totals(score.roundedTotal(), ScoreReport.cents(score.component(ComponentKind.PENGUNGKIT).score()),
				ScoreReport.cents(score.subComponent(SubComponentKind.PEMENUHAN).score()),
				ScoreReport.cents(score.subComponent(SubComponentKind.REFORM).score()),
				ScoreReport.cents(score.component(ComponentKind.HASIL).score()));
	}

	private static List<AreaLine> areas(AssessmentSheet sheet) {
		Map<String, ItemScore> items = sheet.score()
			.items()
			.stream()
			.collect(Collectors.toMap(ItemScore::code, Function.identity()));
		List<AreaLine> lines = new ArrayList<>();
		for (Area area : Area.values()) {
			List<Item> ofArea = sheet.template().items().stream().filter((item) -> item.area() == area).toList();
			long answered = ofArea.stream()
				.filter((item) -> items.containsKey(item.code()) && items.get(item.code()).answered())
				.count();
			AreaScore s = sheet.score().area(area);
			lines.add(new AreaLine(area.name(), s.name(), ScoreReport.cents(s.pemenuhan()),
					ScoreReport.cents(s.reform()), ScoreReport.cents(s.score()), ScoreReport.cents(s.weight()),
					ScoreReport.cents(s.percent()), answered, ofArea.size()));
		}
		return lines;
	}

	private List<TaskLine> tasks(long programmeId) {
		Map<Long, PokjaTaskTotals> counts = this.tasks.totalsByPokja(programmeId);
		List<TaskLine> lines = new ArrayList<>();
		for (PokjaView one : this.pokja.pokjaOf(programmeId)) {
			PokjaTaskTotals c = counts.getOrDefault(one.id(), PokjaTaskTotals.none(one.id()));
			lines.add(new TaskLine(one.areaCode(), one.name(), c.done(), c.inProgress(), c.notStarted(), c.overdue()));
		}
		return lines;
	}

	private EvidenceSummary evidence(CurrentUser user, long programmeId, ScoreReport score) {
		Map<String, Long> byItem = this.evidence.countsByItem(user, programmeId);
		List<ItemScore> answered = score.items().stream().filter(ItemScore::answered).toList();
		long supported = answered.stream().filter((item) -> byItem.getOrDefault(item.code(), 0L) > 0).count();
		BigDecimal coverage = answered.isEmpty() ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(supported)
					.multiply(HUNDRED)
					.divide(BigDecimal.valueOf(answered.size()), 2, RoundingMode.HALF_UP);
		EvidenceCheckReport report = this.checks.report(user, programmeId, null);
		List<CheckCount> counts = new ArrayList<>();
		for (EvidenceCheck check : EvidenceCheck.values()) {
			counts.add(new CheckCount(check, report.total(check)));
		}
		return new EvidenceSummary(this.evidence.recordCount(user, programmeId), answered.size(), supported, coverage,
				counts);
	}

	private ReviewSummary review(CurrentUser user, long programmeId) {
		ReviewPage page = this.review.page(user, programmeId);
		List<RevisionNote> notes = new ArrayList<>();
		for (Item item : page.revisions()) {
			VerdictView verdict = page.verdicts().get(item.code());
			notes.add(new RevisionNote(item.code(), verdict.note(), verdict.reviewedBy()));
		}
		return new ReviewSummary(page.round(), notes);
	}

}
