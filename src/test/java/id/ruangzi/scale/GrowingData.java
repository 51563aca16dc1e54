package id.ruangzi.scale;

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
 * Grows the demo database around programme 1 (MTsN 2 Bandar Lampung) for statement-count
 * guards: more madrasah with programmes, answers, history and tasks under Kankemenag Kota
 * Bandar Lampung, and more tasks, evidence, answer changes and snapshots on programme 1
 * itself. Inside the caller's transaction, so a rollback removes it all.
 */
class GrowingData {

	private final OrganisationApi organisation;

	private final AssessmentApi assessment;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final EntityManager entities;

	private final Clock clock;

	GrowingData(OrganisationApi organisation, AssessmentApi assessment, UserDetailsService users, JdbcClient jdbc,
			EntityManager entities, Clock clock) {
		this.organisation = organisation;
		this.assessment = assessment;
		this.users = users;
		this.jdbc = jdbc;
		this.entities = entities;
		this.clock = clock;
	}

	/**
	 * @param units how many madrasah (each with a programme) to add
	 */
	void grow(int units) {
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("admin");
		int year = LocalDate.now(this.clock).getYear();
		for (int i = 0; i < units; i++) {
			String code = "GROW-" + i;
			this.organisation
				.ensureUnit(new NewUnit("KEMENAG", code, "Madrasah Tumbuh " + i, UnitType.MADRASAH, "KANKEMENAG-BDL"));
			long programme = this.assessment.open(admin, code, year, Predicate.WBK, null).id();
			this.entities.flush();
			this.jdbc.sql("""
					insert into answer (programme_id, item_code, option_letter, inputs, survey_index, note, updated_by)
					select :programme, item_code, option_letter, inputs, survey_index, note, updated_by
					from answer where programme_id = 1
					""").param("programme", programme).update();
			this.jdbc.sql("""
					insert into answer_change (programme_id, item_code, changed_at, changed_by, old_value, new_value)
					select :programme, item_code, changed_at, changed_by, old_value, new_value
					from answer_change where programme_id = 1
					""").param("programme", programme).update();
			this.jdbc.sql("""
					insert into task (programme_id, area_code, title, due_date, status)
					select :programme, 'A', 'Tugas ' || n, current_date - n, 'PROSES' from generate_series(1, 10) n
					""").param("programme", programme).update();
			snapshots(programme, 30);
		}
		// Programme 1 itself: much more of everything its pages show.
		this.jdbc.sql("""
				insert into task (programme_id, pokja_id, area_code, title, due_date, status, pic_user_id)
				select 1, 1, 'A', 'Tugas tambahan ' || n, current_date + n, 'BELUM', u.id
				from generate_series(1, 40) n, user_account u where u.username = 'anggota'
				""").update();
		this.jdbc.sql("""
				insert into answer_change (programme_id, item_code, changed_at, changed_by, old_value, new_value)
				select 1, 'PPA1A', now() - n * interval '1 hour', 'koordinator', 'TIDAK', 'YA'
				from generate_series(1, 60) n
				""").update();
		for (int i = 0; i < 50; i++) {
			long evidence = this.jdbc.sql("""
					insert into evidence (programme_id, unit_id, title, kind, url, document_date, owner_id,
					                      created_at, updated_at)
					select 1, p.unit_id, 'Eviden tambahan ' || :i, 'LAINNYA', 'https://example.go.id/' || :i,
					       current_date, u.id, now(), now()
					from programme p, user_account u where p.id = 1 and u.username = 'koordinator'
					returning id
					""").param("i", i).query(Long.class).single();
			this.jdbc.sql("insert into evidence_item (evidence_id, item_code) values (:evidence, :item)")
				.param("evidence", evidence)
				.param("item", (i % 2 == 0) ? "PPA1A" : "PPA2A")
				.update();
		}
		snapshots(1, 90);
	}

	private void snapshots(long programme, int days) {
		this.jdbc.sql("""
				insert into score_snapshot (programme_id, snapshot_date, total, pengungkit, hasil,
				    area_a, area_b, area_c, area_d, area_e, area_f)
				select :programme, current_date - n, 50 + n % 7, 30, 20, 3, 3, 3, 3, 3, 3
				from generate_series(1, :days) n
				on conflict (programme_id, snapshot_date) do nothing
				""").param("programme", programme).param("days", days).update();
	}

}
