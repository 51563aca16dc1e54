package id.ruangzi.bench.national;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.bench.national.Answers.Answered;
import id.ruangzi.bench.national.Organisation.GeneratedUnit;

/**
 * One programme per generated unit for the current year, with its team, six pokja and
 * their seats, its answers and 90 days of score snapshots scored by the real engine. The
 * worksheet grows over the 90 days (13 weekly steps), and the last day is the stored
 * answers' exact score.
 */
final class Programmes {

	static final String AREAS = "ABCDEF";

	private static final int STEPS = 13;

	final long programmeBase;

	final long teamBase;

	final long pokjaBase;

	private final Organisation organisation;

	private final Answers answers;

	private final ScoringEngine engine;

	private final long templateId;

	private final int year;

	private final LocalDate today;

	Programmes(Organisation organisation, Answers answers, ScoringEngine engine, long templateId, LocalDate today,
			long programmeBase, long teamBase, long pokjaBase) {
		this.organisation = organisation;
		this.answers = answers;
		this.engine = engine;
		this.templateId = templateId;
		this.today = today;
		this.year = today.getYear();
		this.programmeBase = programmeBase;
		this.teamBase = teamBase;
		this.pokjaBase = pokjaBase;
	}

	long programme(GeneratedUnit unit) {
		return this.programmeBase + unit.index() + 1;
	}

	long pokja(GeneratedUnit unit, int area) {
		return this.pokjaBase + (long) unit.index() * 6 + area + 1;
	}

	static String stage(int index) {
		if (NationalShape.reviewed(index)) {
			return NationalShape.reviewCompleted(index) ? "DIREVIU" : "DIAJUKAN";
		}
		return NationalShape.fullyAnswered(index) ? "PENILAIAN_MANDIRI" : "PEMBANGUNAN";
	}

	void write(Connection connection, Map<String, String> areaNames) throws SQLException {
		List<GeneratedUnit> units = this.organisation.units;
		try (Copy copy = Copy.into(connection, "programme (id, unit_id, year, template_id, target, deadline, stage)")) {
			for (GeneratedUnit unit : units) {
				copy.row(programme(unit), unit.id(), this.year, this.templateId, "WBK", LocalDate.of(this.year, 10, 31),
						stage(unit.index()));
			}
		}
		try (Copy copy = Copy.into(connection, "zi_team (id, programme_id, decree_number, decree_date)")) {
			for (GeneratedUnit unit : units) {
				copy.row(this.teamBase + unit.index() + 1, programme(unit),
						"SK/" + unit.code() + "/" + this.year + "/01", LocalDate.of(this.year, 1, 15));
			}
		}
		try (Copy copy = Copy.into(connection, "pokja (id, team_id, programme_id, area_code, name)")) {
			for (GeneratedUnit unit : units) {
				for (int a = 0; a < 6; a++) {
					String area = String.valueOf(AREAS.charAt(a));
					copy.row(pokja(unit, a), this.teamBase + unit.index() + 1, programme(unit), area,
							areaNames.get(area));
				}
			}
		}
		try (Copy copy = Copy.into(connection, "pokja_member (pokja_id, user_id, position)")) {
			for (GeneratedUnit unit : units) {
				long coordinator = this.organisation.user(unit, 2);
				long lead = this.organisation.user(unit, 1);
				long member = this.organisation.user(unit, 3);
				long second = this.organisation.secondMember(unit);
				long[][] seats = { { coordinator, member }, { coordinator, second }, { coordinator, member },
						{ lead, second }, { lead, member }, { coordinator, second } };
				for (int a = 0; a < 6; a++) {
					copy.row(pokja(unit, a), seats[a][0], "KOORDINATOR");
					copy.row(pokja(unit, a), seats[a][1], (a == 3) ? "SEKRETARIS" : "ANGGOTA");
				}
			}
		}
		writeAnswers(connection, units);
		writeSnapshots(connection, units);
	}

	private void writeAnswers(Connection connection, List<GeneratedUnit> units) throws SQLException {
		try (Copy copy = Copy.into(connection,
				"answer (programme_id, item_code, option_letter, inputs, survey_index, updated_by, created_at, updated_at)")) {
			for (GeneratedUnit unit : units) {
				OffsetDateTime at = this.today.minusDays(unit.index() % 30).atTime(9, 0).atOffset(ZoneOffset.UTC);
				String by = unit.headName();
				for (Answered one : this.answers.of(unit.index())) {
					copy.row(programme(unit), one.item().code(), one.letter(), one.inputs(), one.index(), by, at, at);
				}
			}
		}
	}

	private void writeSnapshots(Connection connection, List<GeneratedUnit> units) throws SQLException {
		try (Copy copy = Copy.into(connection, "score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil, "
				+ "area_a, area_b, area_c, area_d, area_e, area_f)")) {
			for (GeneratedUnit unit : units) {
				List<Answered> answered = this.answers.of(unit.index());
				Object[][] steps = new Object[STEPS][];
				for (int step = 0; step < STEPS; step++) {
					int count = (int) Math.ceil(answered.size() * (step + 1) / (double) STEPS);
					steps[step] = columns(this.engine.score(Answers.worksheet(answered, count), Predicate.NONE));
				}
				int days = NationalShape.SNAPSHOT_DAYS;
				for (int day = 0; day < days; day++) {
					Object[] score = steps[Math.min(STEPS - 1, day * STEPS / days)];
					copy.row(programme(unit), this.today.minusDays(days - 1 - day), score[0], score[1], score[2],
							score[3], score[4], score[5], score[6], score[7], score[8]);
				}
			}
		}
	}

	/** The snapshot columns, rounded exactly as the app's own snapshot writer does. */
	private static Object[] columns(ScoreReport report) {
		return new Object[] { report.roundedTotal(), cents(report.component(ComponentKind.PENGUNGKIT).score()),
				cents(report.component(ComponentKind.HASIL).score()), cents(report.area(Area.A).score()),
				cents(report.area(Area.B).score()), cents(report.area(Area.C).score()),
				cents(report.area(Area.D).score()), cents(report.area(Area.E).score()),
				cents(report.area(Area.F).score()) };
	}

	private static String cents(BigDecimal value) {
		return ScoreReport.cents(value).toPlainString();
	}

}
