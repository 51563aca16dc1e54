package id.ruangzi.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.assessment.ScoreSnapshot;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.assessment.scoring.Improvement;
import id.ruangzi.reporting.Dashboard;
import id.ruangzi.reporting.DashboardForecast;
import id.ruangzi.reporting.DashboardPokja;
import id.ruangzi.shared.api.PageResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The numbers behind the readiness dashboard, as the JSON API returns them. The
 * improvements are paged; the other lists are short by nature (gates, six areas, six
 * pokja, one snapshot per day of the programme's year).
 */
record DashboardJson(long programmeId, String unitCode, String unitName, int year, String target, String stage,
		LocalDate deadline, long daysToDeadline, BigDecimal total, BigDecimal pengungkit, BigDecimal hasil,
		boolean ready, List<Gate> gates, List<AreaLine> areas, String feasibility,
		PageResponse<ImprovementLine> improvements, List<DashboardPokja> pokja, Evidence evidence,
		List<ScoreSnapshot> history, Forecast forecast) {

	static DashboardJson of(Dashboard d, PageRequest page) {
		List<ImprovementLine> all = d.improvements().stream().map(ImprovementLine::of).toList();
		int from = (int) Math.min(page.getOffset(), all.size());
		int to = Math.min(from + page.getPageSize(), all.size());
		var improvements = PageResponse.of(new PageImpl<>(all.subList(from, to), page, all.size()));
		DashboardForecast f = d.forecast();
		return new DashboardJson(d.programme().id(), d.programme().unitCode(), d.programme().unitName(),
				d.programme().year(), d.programme().target().name(), d.programme().stage().name(),
				d.programme().deadline(), d.daysToDeadline(), d.total(), d.pengungkit(), d.hasil(),
				d.readiness().ready(), d.readiness().gates().stream().map(Gate::of).toList(),
				d.areas()
					.stream()
					.map((a) -> new AreaLine(a.area().name(), a.name(), cents(a.score()), cents(a.weight()),
							cents(a.percent())))
					.toList(),
				d.feasibility().name(), improvements, d.pokja(),
				new Evidence(d.answered(), d.answeredWithEvidence(), d.evidenceCoverage()), d.history(),
				new Forecast(f.outcome().name(), f.points(), DashboardForecast.MIN_POINTS, f.projectedTotal(),
						f.projectedPengungkit(), f.totalThreshold(), f.pengungkitThreshold(), f.totalPerWeek()));
	}

	private static BigDecimal cents(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	record Gate(String gate, BigDecimal value, BigDecimal threshold, boolean passed, BigDecimal shortfall) {

		static Gate of(GateResult g) {
			return new Gate(g.gate().name(), g.value(), g.threshold(), g.passed(), g.shortfall());
		}

	}

	record AreaLine(String area, String name, BigDecimal score, BigDecimal weight, BigDecimal percent) {

	}

	record ImprovementLine(String itemCode, String area, String currentLetter, String bestLetter,
			BigDecimal pointsToBest) {

		static ImprovementLine of(Improvement i) {
			return new ImprovementLine(i.itemCode(), (i.area() != null) ? i.area().name() : null, i.currentLetter(),
					i.best().letter(), cents(i.pointsToBest()));
		}

	}

	record Evidence(int answeredItems, int answeredItemsWithEvidence, BigDecimal coveragePercent) {

	}

	record Forecast(String outcome, int points, int minimumPoints, BigDecimal projectedTotal,
			BigDecimal projectedPengungkit, BigDecimal totalThreshold, BigDecimal pengungkitThreshold,
			BigDecimal totalPerWeek) {

	}

}
