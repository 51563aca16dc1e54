package id.ruangzi.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ruangzi.actionplan.PokjaTaskTotals;
import id.ruangzi.actionplan.TaskStatistics;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.GateName;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.PredicateReadiness;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit readiness dashboard. Everyone who may see the programme may read it
 * (supervisors in scope drill down to it); outside scope it is not found. A fixed number
 * of SQL statements: scores from the answers, tasks and evidence counted in SQL, the
 * history from the stored daily snapshots.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskStatistics tasks;

	private final EvidenceApi evidence;

	private final Clock clock;

	Dashboards(AssessmentApi assessment, PokjaApi pokja, TaskStatistics tasks, EvidenceApi evidence, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
		this.evidence = evidence;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return its dashboard
	 */
	public Dashboard dashboard(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		GapReport gaps = this.assessment.gaps(user, programmeId);
		ScoreReport score = gaps.current();
		PredicateReadiness readiness = score.readiness(programme.target());
		Map<Long, PokjaTaskTotals> counts = this.tasks.totalsByPokja(programmeId);
		List<DashboardPokja> lines = new ArrayList<>();
		for (PokjaView one : this.pokja.pokjaOf(programmeId)) {
			PokjaTaskTotals c = counts.getOrDefault(one.id(), PokjaTaskTotals.none(one.id()));
			lines.add(new DashboardPokja(one.id(), one.areaCode(), one.name(), c.notStarted(), c.inProgress(), c.done(),
					c.overdue()));
		}
		Map<String, Long> evidenceByItem = this.evidence.countsByItem(user, programmeId);
		int answered = 0;
		int withEvidence = 0;
		for (ScoreReport.ItemScore item : score.items()) {
			if (item.answered()) {
				answered++;
				if (evidenceByItem.getOrDefault(item.code(), 0L) > 0) {
					withEvidence++;
				}
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		var history = this.assessment.history(user, programmeId);
		DashboardForecast forecast = DashboardForecast.of(history, programme.deadline(), today,
				readiness.gate(GateName.TOTAL).threshold(), readiness.gate(GateName.PENGUNGKIT).threshold());
		return new Dashboard(programme, today, score.roundedTotal(),
				ScoreReport.cents(score.component(ComponentKind.PENGUNGKIT).score()),
				ScoreReport.cents(score.component(ComponentKind.HASIL).score()), readiness, score.areas(),
				score.readiness(Predicate.WBK).gate(GateName.AREA_A).threshold(),
				score.readiness(Predicate.WBBM).gate(GateName.AREA_A).threshold(), gaps.feasibility(),
				gaps.improvements(), lines, answered, withEvidence, history, forecast);
	}

}
