package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.ScoreSnapshot;
import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.Improvement;
import id.ruangzi.assessment.scoring.PredicateReadiness;
import id.ruangzi.assessment.scoring.ScoreReport.AreaScore;

/**
 * A unit's readiness for its target predicate, on one page: the gates, the areas, the top
 * improvements, the tasks per pokja, evidence coverage, the deadline and the score
 * history with its forecast.
 *
 * @param programme the programme
 * @param today today (Asia/Jakarta)
 * @param total the total score, 2 decimals
 * @param pengungkit the Pengungkit score
 * @param hasil the Hasil score
 * @param readiness the gates of the target predicate
 * @param areas the six areas' scores
 * @param wbkAreaPercent the area threshold of WBK (60)
 * @param wbbmAreaPercent the area threshold of WBBM (75)
 * @param feasibility whether better answers can close the gap
 * @param improvements every item that can still improve, most points first
 * @param pokja tasks per pokja, in area order
 * @param answered items answered
 * @param answeredWithEvidence answered items with at least one evidence record
 * @param history the daily snapshots, oldest first
 * @param forecast the trend to the deadline
 */
public record Dashboard(ProgrammeView programme, LocalDate today, BigDecimal total, BigDecimal pengungkit,
		BigDecimal hasil, PredicateReadiness readiness, List<AreaScore> areas, BigDecimal wbkAreaPercent,
		BigDecimal wbbmAreaPercent, GapReport.Feasibility feasibility, List<Improvement> improvements,
		List<DashboardPokja> pokja, int answered, int answeredWithEvidence, List<ScoreSnapshot> history,
		DashboardForecast forecast) {

	/** How many improvements the page shows. */
	public static final int TOP = 10;

	public Dashboard {
		areas = List.copyOf(areas);
		improvements = List.copyOf(improvements);
		pokja = List.copyOf(pokja);
		history = List.copyOf(history);
	}

	/** Days left to the deadline; negative once it passed. */
	public long daysToDeadline() {
		return java.time.temporal.ChronoUnit.DAYS.between(this.today, this.programme.deadline());
	}

	/** Answered items with evidence, in percent of answered items (0 when none). */
	public BigDecimal evidenceCoverage() {
		if (this.answered == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(this.answeredWithEvidence * 100L)
			.divide(BigDecimal.valueOf(this.answered), 1, RoundingMode.HALF_UP);
	}

	/** The first {@link #TOP} improvements. */
	public List<Improvement> topImprovements() {
		return this.improvements.subList(0, Math.min(TOP, this.improvements.size()));
	}

	/** Area codes A-F for the charts, comma separated. */
	public String chartAreas() {
		return this.areas.stream().map((area) -> area.area().name()).collect(Collectors.joining(","));
	}

	/** Area percents for the charts, comma separated. */
	public String chartAreaPercents() {
		return this.areas.stream()
			.map((area) -> area.percent().setScale(2, RoundingMode.HALF_UP).toPlainString())
			.collect(Collectors.joining(","));
	}

	/**
	 * The history chart's days: every snapshot, then the deadline when a trend exists.
	 */
	public List<LocalDate> chartDays() {
		List<LocalDate> days = new ArrayList<>(this.history.stream().map(ScoreSnapshot::date).toList());
		if (this.forecast.hasTrend()
				&& (days.isEmpty() || days.get(days.size() - 1).isBefore(this.programme.deadline()))) {
			days.add(this.programme.deadline());
		}
		return days;
	}

	/** The history chart's day labels, comma separated. */
	public String chartDayLabels() {
		return chartDays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
	}

	/** The totals per snapshot, blank for the deadline, comma separated. */
	public String chartTotals() {
		List<String> values = new ArrayList<>(this.history.stream().map((s) -> s.total().toPlainString()).toList());
		while (values.size() < chartDays().size()) {
			values.add("");
		}
		return String.join(",", values);
	}

	/** Pengungkit per snapshot, blank for the deadline, comma separated. */
	public String chartPengungkit() {
		List<String> values = new ArrayList<>(
				this.history.stream().map((s) -> s.pengungkit().toPlainString()).toList());
		while (values.size() < chartDays().size()) {
			values.add("");
		}
		return String.join(",", values);
	}

	/**
	 * The trend line's total on each chart day, comma separated (empty without trend).
	 */
	public String chartTrend() {
		if (!this.forecast.hasTrend()) {
			return "";
		}
		return chartDays().stream()
			.map((day) -> this.forecast.totalAt(day).toPlainString())
			.collect(Collectors.joining(","));
	}

}
