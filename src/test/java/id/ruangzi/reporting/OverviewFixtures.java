package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	/** Today's snapshot with the given area scores A to F, in points. */
	void areas(long programmeId, String a, String b, String c, String d, String e, String f) {
		this.jdbc.sql("""
				insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
				    area_a, area_b, area_c, area_d, area_e, area_f)
				values (:programme, :day, 50, 30, 20, :a, :b, :c, :d, :e, :f)
				""")
			.param("programme", programmeId)
			.param("day", today())
			.param("a", new BigDecimal(a))
			.param("b", new BigDecimal(b))
			.param("c", new BigDecimal(c))
			.param("d", new BigDecimal(d))
			.param("e", new BigDecimal(e))
			.param("f", new BigDecimal(f))
			.update();
	}

	/**
	 * Answers the first yes/no items of the programme's template with YA.
	 * @return the codes of the items answered, in template order
	 */
	List<String> answers(long programmeId, int items) {
		List<String> codes = this.jdbc.sql("""
				select i.code from lke_item i join programme p on p.template_id = i.template_id
				where p.id = :programme and i.answer_type = 'YA_TIDAK' order by i.position limit :items
				""").param("programme", programmeId).param("items", items).query(String.class).list();
		codes.forEach((code) -> this.jdbc.sql("""
				insert into answer (programme_id, item_code, option_letter, updated_by)
				values (:programme, :item, 'YA', 'koordinator')
				""").param("programme", programmeId).param("item", code).update());
		return codes;
	}

	/** One evidence record linked to the given items of the programme. */
	void evidence(long programmeId, List<String> items) {
		long evidence = this.jdbc.sql("""
				insert into evidence (programme_id, unit_id, title, kind, url, document_date, owner_id,
				                      created_at, updated_at)
				select p.id, p.unit_id, 'Eviden uji', 'LAINNYA', 'https://example.go.id/uji', current_date, u.id,
				       now(), now()
				from programme p, user_account u where p.id = :programme and u.username = 'koordinator'
				returning id
				""").param("programme", programmeId).query(Long.class).single();
		items.forEach(
				(item) -> this.jdbc.sql("insert into evidence_item (evidence_id, item_code) values (:evidence, :item)")
					.param("evidence", evidence)
					.param("item", item)
					.update());
	}

	/** A review round: open when the outcome is null, else closed with it. */
	void reviewRound(long programmeId, int number, String outcome) {
		this.jdbc.sql("""
				insert into review_round (programme_id, number, submitted_by, outcome, closed_at)
				values (:programme, :number, 'koordinator', :outcome,
				        case when cast(:outcome as varchar) is null then null else now() end)
				""").param("programme", programmeId).param("number", number).param("outcome", outcome).update();
	}

	/** An answer change some days ago: the programme's last answered day. */
	void answerChange(long programmeId, int daysAgo) {
		this.jdbc.sql("""
				insert into answer_change (programme_id, item_code, changed_at, changed_by, old_value, new_value)
				values (:programme, 'PPA1A', now() - :days * interval '1 day', 'koordinator', null, 'YA')
				""").param("programme", programmeId).param("days", daysAgo).update();
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
