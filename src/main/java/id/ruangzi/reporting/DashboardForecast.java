package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.ruangzi.assessment.ScoreSnapshot;

/**
 * Where the scores will stand at the deadline at the current pace: a least-squares line
 * through the daily snapshots (score against day), for the total and for Pengungkit,
 * projected to the deadline and compared with the target's thresholds. Plain Java, no
 * Spring.
 * <p>
 * The regression runs in doubles: it is an estimate shown to 2 decimals, not a score the
 * worksheet compares, so exact decimal arithmetic buys nothing here.
 *
 * @param outcome what the forecast says
 * @param points the snapshots the line goes through
 * @param origin the first snapshot's day (day 0 of the line), or null without points
 * @param totalLine intercept and slope per day of the total
 * @param pengungkitLine intercept and slope per day of Pengungkit
 * @param deadline the submission deadline
 * @param projectedTotal the total on the deadline at this pace, or null when too few
 * points
 * @param projectedPengungkit Pengungkit on the deadline at this pace, or null
 * @param totalThreshold the target's minimum total
 * @param pengungkitThreshold the target's minimum Pengungkit
 * @param reachedOn the first day both lines reach their thresholds (the last snapshot's
 * day when they already do), or null when they never will at this pace or without a trend
 */
public record DashboardForecast(Outcome outcome, int points, LocalDate origin, Line totalLine, Line pengungkitLine,
		LocalDate deadline, BigDecimal projectedTotal, BigDecimal projectedPengungkit, BigDecimal totalThreshold,
		BigDecimal pengungkitThreshold, LocalDate reachedOn) {

	/** Fewer distinct days than this and a trend says nothing. */
	public static final int MIN_POINTS = 3;

	static final double MAX_TOTAL = 100;

	static final double MAX_PENGUNGKIT = 60;

	/**
	 * @param history the snapshots, in any order, one per day
	 * @param deadline the submission deadline
	 * @param today today
	 * @param totalThreshold the target's minimum total
	 * @param pengungkitThreshold the target's minimum Pengungkit
	 * @return the forecast
	 */
	public static DashboardForecast of(List<ScoreSnapshot> history, LocalDate deadline, LocalDate today,
			BigDecimal totalThreshold, BigDecimal pengungkitThreshold) {
		List<ScoreSnapshot> points = history.stream()
			.sorted(java.util.Comparator.comparing(ScoreSnapshot::date))
			.toList();
		if (points.size() < MIN_POINTS) {
			return new DashboardForecast(Outcome.TOO_FEW_POINTS, points.size(), null, null, null, deadline, null, null,
					totalThreshold, pengungkitThreshold, null);
		}
		LocalDate origin = points.get(0).date();
		double[] days = points.stream().mapToDouble((p) -> ChronoUnit.DAYS.between(origin, p.date())).toArray();
		Line total = Line.fit(days, points.stream().mapToDouble((p) -> p.total().doubleValue()).toArray());
		Line pengungkit = Line.fit(days, points.stream().mapToDouble((p) -> p.pengungkit().doubleValue()).toArray());
		double at = ChronoUnit.DAYS.between(origin, deadline);
		BigDecimal projectedTotal = round(clamp(total.at(at), MAX_TOTAL));
		BigDecimal projectedPengungkit = round(clamp(pengungkit.at(at), MAX_PENGUNGKIT));
		Outcome outcome;
		if (deadline.isBefore(today)) {
			outcome = Outcome.DEADLINE_PASSED;
		}
		else if (projectedTotal.compareTo(totalThreshold) >= 0
				&& projectedPengungkit.compareTo(pengungkitThreshold) >= 0) {
			outcome = Outcome.WILL_MEET;
		}
		else {
			outcome = Outcome.WILL_NOT_MEET;
		}
		double last = days[days.length - 1];
		Double totalDay = reachDay(total, totalThreshold.doubleValue(), last, MAX_TOTAL);
		Double pengungkitDay = reachDay(pengungkit, pengungkitThreshold.doubleValue(), last, MAX_PENGUNGKIT);
		LocalDate reachedOn = (totalDay == null || pengungkitDay == null) ? null
				: origin.plusDays((long) Math.max(totalDay, pengungkitDay));
		return new DashboardForecast(outcome, points.size(), origin, total, pengungkit, deadline, projectedTotal,
				projectedPengungkit, totalThreshold, pengungkitThreshold, reachedOn);
	}

	// The first whole day from the last point on where the line reaches the threshold;
	// null when it does not rise, or the threshold is above what the score can reach.
	private static Double reachDay(Line line, double threshold, double last, double max) {
		if (line.at(last) >= threshold) {
			return last;
		}
		if (line.slope() <= 0 || threshold > max) {
			return null;
		}
		return Math.ceil((threshold - line.intercept()) / line.slope());
	}

	/** {@link #MIN_POINTS}, for pages. */
	public int minimumPoints() {
		return MIN_POINTS;
	}

	/** Whether a line could be drawn at all. */
	public boolean hasTrend() {
		return this.totalLine != null;
	}

	/** The projected total reaches the threshold. */
	public boolean totalMet() {
		return hasTrend() && this.projectedTotal.compareTo(this.totalThreshold) >= 0;
	}

	/** The projected Pengungkit reaches the threshold. */
	public boolean pengungkitMet() {
		return hasTrend() && this.projectedPengungkit.compareTo(this.pengungkitThreshold) >= 0;
	}

	/** The total gained per week at this pace, or null without a trend. */
	public BigDecimal totalPerWeek() {
		return hasTrend() ? round(this.totalLine.slope() * 7) : null;
	}

	/**
	 * @param day a day
	 * @return the total on the trend line that day, or null without a trend
	 */
	public BigDecimal totalAt(LocalDate day) {
		return hasTrend() ? round(clamp(this.totalLine.at(ChronoUnit.DAYS.between(this.origin, day)), MAX_TOTAL))
				: null;
	}

	private static double clamp(double value, double max) {
		return Math.max(0, Math.min(max, value));
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	/** What the trend says about the target's gates on the deadline. */
	public enum Outcome {

		/** Fewer than {@link #MIN_POINTS} snapshots: no trend. */
		TOO_FEW_POINTS,

		/** Total and Pengungkit reach their thresholds by the deadline at this pace. */
		WILL_MEET,

		/** At least one of them falls short at this pace. */
		WILL_NOT_MEET,

		/**
		 * The deadline is behind us: the projection is what the trend said it would be.
		 */
		DEADLINE_PASSED

	}

	/**
	 * A straight line value = intercept + slope x day.
	 *
	 * @param intercept the value on day 0
	 * @param slope the change per day
	 */
	public record Line(double intercept, double slope) {

		/** The least-squares line through the points; flat when all x are equal. */
		static Line fit(double[] x, double[] y) {
			int n = x.length;
			double meanX = 0;
			double meanY = 0;
			for (int i = 0; i < n; i++) {
				meanX += x[i] / n;
				meanY += y[i] / n;
			}
			double sxy = 0;
			double sxx = 0;
			for (int i = 0; i < n; i++) {
				sxy += (x[i] - meanX) * (y[i] - meanY);
				sxx += (x[i] - meanX) * (x[i] - meanX);
			}
			double slope = (sxx == 0) ? 0 : sxy / sxx;
			return new Line(meanY - slope * meanX, slope);
		}

		double at(double day) {
			return this.intercept + this.slope * day;
		}

	}

}
