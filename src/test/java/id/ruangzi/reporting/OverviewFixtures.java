package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.NewUnit;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitType;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Units with programmes and score snapshots for the overview tests, created inside the
 * test's transaction. Built by each test class from its autowired beans.
 */
class OverviewFixtures {

	static final String KANKEMENAG_BDL = "KANKEMENAG-BDL";

	private final OrganisationApi organisation;

	private final AssessmentApi assessment;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final EntityManager entities;

	private final Clock clock;

	OverviewFixtures(OrganisationApi organisation, AssessmentApi assessment, UserDetailsService users, JdbcClient jdbc,
			EntityManager entities, Clock clock) {
		this.organisation = organisation;
		this.assessment = assessment;
		this.users = users;
		this.jdbc = jdbc;
		this.entities = entities;
		this.clock = clock;
	}

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A new madrasah under the parent with a programme for the current year. */
	long programme(String code, String parentCode) {
		this.organisation
			.ensureUnit(new NewUnit("KEMENAG", code, "Madrasah Uji " + code, UnitType.MADRASAH, parentCode));
		long id = this.assessment.open(user("admin"), code, today().getYear(), Predicate.WBK, null).id();
		this.entities.flush();
		return id;
	}

	void snapshot(long programmeId, LocalDate day, String total, String pengungkit) {
		this.jdbc.sql("""
				insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
				    area_a, area_b, area_c, area_d, area_e, area_f)
				values (:programme, :day, :total, :pengungkit, 0, 0, 0, 0, 0, 0, 0)
				on conflict (programme_id, snapshot_date) do update set total = excluded.total,
				    pengungkit = excluded.pengungkit
				""")
			.param("programme", programmeId)
			.param("day", day)
			.param("total", new BigDecimal(total))
			.param("pengungkit", new BigDecimal(pengungkit))
			.update();
	}

	void overdueTask(long programmeId) {
		this.jdbc.sql("""
				insert into task (programme_id, title, due_date, start_date, status)
				values (:programme, 'Tugas uji terlambat', :due, :due, 'PROSES')
				""").param("programme", programmeId).param("due", today().minusDays(3)).update();
	}

	void flush() {
		this.entities.flush();
	}

}
