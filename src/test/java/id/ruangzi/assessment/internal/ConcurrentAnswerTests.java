package id.ruangzi.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.organisation.NewUnit;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People saving items of the same programme at the same time, as a pokja does on a
 * deadline: a change (answer row, audit trail, latest scores, today's snapshot), a save
 * of what is already stored (only the snapshot) and a note, interleaved on two items.
 * Each writer locks the same rows, so they must lock them in the same order; the load
 * benchmark found 20 deadlocks in 20 s when a save of an unchanged answer took today's
 * snapshot before the latest scores. Committed for real, and removed afterwards.
 */
@IntegrationTest
class ConcurrentAnswerTests {

	private static final String UNIT = "CONC-1";

	@Autowired
	OrganisationApi organisation;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	UserDetailsService users;

	@Autowired
	AnswerWriter writer;

	@Autowired
	TemplateAssembler templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	long programme;

	@BeforeEach
	void programme() {
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("admin");
		this.programme = this.tx.execute((status) -> {
			this.organisation
				.ensureUnit(new NewUnit("KEMENAG", UNIT, "Madrasah Serentak", UnitType.MADRASAH, "KANKEMENAG-BDL"));
			return this.assessment.open(admin, UNIT, LocalDate.now().getYear(), Predicate.WBK, null).id();
		});
	}

	@AfterEach
	void remove() {
		this.jdbc.sql("delete from programme where id = :id").param("id", this.programme).update();
		this.jdbc.sql("delete from unit where code = :code").param("code", UNIT).update();
	}

	@Test
	void twoFirstAnswersOfAnItemAtTheSameTimeAreOneRowNotAnError() throws Exception {
		saveAtTheSameTime();
		assertThat(this.jdbc.sql("select count(*) from answer where programme_id = :id")
			.param("id", this.programme)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void changesAndUnchangedSavesOfOneProgrammeWaitForEachOtherInsteadOfDeadlocking() throws Exception {
		this.jdbc.sql("""
				insert into answer (programme_id, item_code, option_letter, updated_by)
				values (:id, 'PPA1A', 'YA', 'uji'), (:id, 'PPA1B', 'YA', 'uji')
				""").param("id", this.programme).update();
		saveAtTheSameTime();
	}

	private void saveAtTheSameTime() throws Exception {
		long templateId = this.jdbc.sql("select template_id from programme where id = :id")
			.param("id", this.programme)
			.query(Long.class)
			.single();
		ScoreReport report = this.templates.engine(templateId)
			.score(new id.ruangzi.assessment.scoring.Worksheet(java.util.Map.of()), Predicate.NONE);
		String[] items = { "PPA1A", "PPA1B" };
		int threads = 8;
		int saves = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			done.add(pool.submit(() -> {
				for (int i = 0; i < saves; i++) {
					String item = items[(thread + i) % 2];
					// Even threads flip the answer; odd ones store what is likely there
					// already (no change, so only the snapshot) and write a note.
					String letter = (thread % 2 == 0 && i % 2 == 0) ? "TIDAK" : "YA";
					boolean note = thread % 2 == 1;
					int n = i;
					this.tx.executeWithoutResult((status) -> {
						this.writer.write(this.programme, item, Answer.option(letter), "uji " + thread);
						if (note) {
							this.writer.note(this.programme, item, "catatan " + thread + "-" + n, "uji " + thread);
						}
						this.writer.snapshot(this.programme, report);
					});
				}
				return null;
			}));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		for (Future<?> future : done) {
			future.get();
		}
		assertThat(this.jdbc.sql("select count(*) from score_snapshot where programme_id = :id")
			.param("id", this.programme)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("""
					select s.last_answered_at = (select max(changed_at) from answer_change where programme_id = s.programme_id)
					from programme_score s where s.programme_id = :id
					""")
			.param("id", this.programme)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
