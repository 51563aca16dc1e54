package id.ruangzi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.ScoreSnapshot;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.identity.CurrentUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About 60 days of score history for MTsN 2 Bandar Lampung 2026, rising with a little
 * noise to today's scores, so the dashboard's history chart and forecast have something
 * to show. Days that already have a snapshot are kept, so it is idempotent.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(8)
class DemoSnapshots implements ApplicationRunner {

	static final int DAYS = 60;

	private final AssessmentApi assessment;

	private final DemoContext demo;

	private final Clock clock;

	DemoSnapshots(AssessmentApi assessment, DemoContext demo, Clock clock) {
		this.assessment = assessment;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser head = this.demo.user("kepala");
		ProgrammeView programme = this.demo.mtsn2Programme(head);
		ScoreReport now = this.assessment.score(head, programme.id());
		double pengungkit = now.component(ComponentKind.PENGUNGKIT).score().doubleValue();
		double hasil = now.component(ComponentKind.HASIL).score().doubleValue();
		LocalDate today = LocalDate.now(this.clock);
		List<ScoreSnapshot> days = new ArrayList<>();
		for (int back = DAYS; back >= 1; back--) {
			// From 40% of today's Pengungkit, rising steadily, with a fixed wobble.
			double share = 0.4 + 0.6 * (DAYS - back) / DAYS + 0.015 * Math.sin(back);
			double p = Math.max(0, Math.min(pengungkit, pengungkit * share));
			days.add(new ScoreSnapshot(today.minusDays(back), cents(p + hasil), cents(p), cents(hasil)));
		}
		this.assessment.backfillHistory(programme.id(), days);
	}

	private static BigDecimal cents(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
