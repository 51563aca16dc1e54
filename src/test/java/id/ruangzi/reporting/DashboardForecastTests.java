package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.assessment.ScoreSnapshot;
import id.ruangzi.reporting.DashboardForecast.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardForecastTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	private static final BigDecimal WBK_TOTAL = new BigDecimal("75.00");

	private static final BigDecimal WBK_PENGUNGKIT = new BigDecimal("40.00");

	@Test
	void fewerThanThreeSnapshotsGiveNoTrendAndSaySo() {
		DashboardForecast forecast = DashboardForecast.of(line(2, 50, 1, 30, 0.5), START.plusDays(90), START, WBK_TOTAL,
				WBK_PENGUNGKIT);
		assertThat(forecast.outcome()).isEqualTo(Outcome.TOO_FEW_POINTS);
		assertThat(forecast.points()).isEqualTo(2);
		assertThat(forecast.hasTrend()).isFalse();
		assertThat(forecast.projectedTotal()).isNull();
		assertThat(forecast.totalAt(START)).isNull();
	}

	@Test
	void anExactLineIsProjectedToTheDeadline() {
		// Total 50 rising 0.5 a day; Pengungkit 30 rising 0.25 a day; deadline day 60.
		DashboardForecast forecast = DashboardForecast.of(line(10, 50, 0.5, 30, 0.25), START.plusDays(60),
				START.plusDays(9), WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.projectedTotal()).isEqualByComparingTo("80.00");
		assertThat(forecast.projectedPengungkit()).isEqualByComparingTo("45.00");
		assertThat(forecast.totalPerWeek()).isEqualByComparingTo("3.50");
		assertThat(forecast.outcome()).isEqualTo(Outcome.WILL_MEET);
		assertThat(forecast.totalMet()).isTrue();
		assertThat(forecast.pengungkitMet()).isTrue();
	}

	@Test
	void aTotalThatMeetsButAPengungkitThatFallsShortIsNotEnough() {
		DashboardForecast forecast = DashboardForecast.of(line(10, 50, 0.5, 20, 0.1), START.plusDays(60),
				START.plusDays(9), WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.totalMet()).isTrue();
		assertThat(forecast.projectedPengungkit()).isEqualByComparingTo("26.00");
		assertThat(forecast.pengungkitMet()).isFalse();
		assertThat(forecast.outcome()).isEqualTo(Outcome.WILL_NOT_MEET);
	}

	@Test
	void theLeastSquaresLineGoesThroughNoisyPoints() {
		// y = 40, 44, 42, 46: slope 1.6 by least squares (not the 2 of the end points).
		List<ScoreSnapshot> points = new ArrayList<>();
		double[] totals = { 40, 44, 42, 46 };
		for (int day = 0; day < totals.length; day++) {
			points.add(snapshot(day, totals[day], 30));
		}
		DashboardForecast forecast = DashboardForecast.of(points, START.plusDays(10), START.plusDays(3), WBK_TOTAL,
				WBK_PENGUNGKIT);
		assertThat(forecast.totalLine().slope()).isCloseTo(1.6, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(forecast.projectedTotal()).isEqualByComparingTo("56.60");
		assertThat(forecast.totalAt(START)).isEqualByComparingTo("40.60");
	}

	@Test
	void aFallingTrendIsNotProjectedBelowZeroNorARisingOneAboveTheMaximum() {
		DashboardForecast falling = DashboardForecast.of(line(5, 10, -1, 5, -1), START.plusDays(100), START, WBK_TOTAL,
				WBK_PENGUNGKIT);
		assertThat(falling.projectedTotal()).isEqualByComparingTo("0.00");
		assertThat(falling.outcome()).isEqualTo(Outcome.WILL_NOT_MEET);
		DashboardForecast rising = DashboardForecast.of(line(5, 90, 1, 55, 1), START.plusDays(100), START, WBK_TOTAL,
				WBK_PENGUNGKIT);
		assertThat(rising.projectedTotal()).isEqualByComparingTo("100.00");
		assertThat(rising.projectedPengungkit()).isEqualByComparingTo("60.00");
	}

	@Test
	void aPassedDeadlineIsSaidSo() {
		DashboardForecast forecast = DashboardForecast.of(line(5, 50, 1, 30, 1), START.plusDays(3), START.plusDays(10),
				WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.outcome()).isEqualTo(Outcome.DEADLINE_PASSED);
	}

	@Test
	void snapshotsInAnyOrderGiveTheSameLine() {
		List<ScoreSnapshot> points = new ArrayList<>(line(6, 50, 0.5, 30, 0.25));
		java.util.Collections.reverse(points);
		DashboardForecast forecast = DashboardForecast.of(points, START.plusDays(60), START.plusDays(5), WBK_TOTAL,
				WBK_PENGUNGKIT);
		assertThat(forecast.origin()).isEqualTo(START);
		assertThat(forecast.projectedTotal()).isEqualByComparingTo("80.00");
	}

	@Test
	void theDayBothGatesAreReachedIsTheLaterOfTheTwoCrossings() {
		// Total crosses 75 on day 50, Pengungkit crosses 40 on day 40.
		DashboardForecast forecast = DashboardForecast.of(line(10, 50, 0.5, 30, 0.25), START.plusDays(60),
				START.plusDays(9), WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.reachedOn()).isEqualTo(START.plusDays(50));
	}

	@Test
	void scoresThatDoNotRiseNeverReachTheGates() {
		DashboardForecast forecast = DashboardForecast.of(line(10, 50, 0, 30, 0), START.plusDays(60), START.plusDays(9),
				WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.reachedOn()).isNull();
		assertThat(forecast.outcome()).isEqualTo(Outcome.WILL_NOT_MEET);
	}

	@Test
	void gatesAlreadyMetAreReachedOnTheLastSnapshot() {
		DashboardForecast forecast = DashboardForecast.of(line(5, 80, 0, 45, 0), START.plusDays(60), START.plusDays(4),
				WBK_TOTAL, WBK_PENGUNGKIT);
		assertThat(forecast.reachedOn()).isEqualTo(START.plusDays(4));
		assertThat(forecast.outcome()).isEqualTo(Outcome.WILL_MEET);
	}

	private static List<ScoreSnapshot> line(int days, double total, double totalSlope, double pengungkit,
			double pengungkitSlope) {
		List<ScoreSnapshot> points = new ArrayList<>();
		for (int day = 0; day < days; day++) {
			points.add(snapshot(day, total + totalSlope * day, pengungkit + pengungkitSlope * day));
		}
		return points;
	}

	private static ScoreSnapshot snapshot(int day, double total, double pengungkit) {
		return new ScoreSnapshot(START.plusDays(day), BigDecimal.valueOf(total), BigDecimal.valueOf(pengungkit),
				BigDecimal.valueOf(total - pengungkit));
	}

}
