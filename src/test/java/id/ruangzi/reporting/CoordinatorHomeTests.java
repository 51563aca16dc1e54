package id.ruangzi.reporting;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator home of the demo programme: koordinator sits in pokja A only.
 */
@IntegrationTest
class CoordinatorHomeTests {

	private static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CoordinatorHomes homes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorSeesTheirPokjasAreaAndItsItemsWithoutEvidence() {
		CoordinatorHome home = this.homes.home(principal("koordinator"), DEMO);
		assertThat(home.pokja()).extracting((line) -> line.pokja().areaCode()).containsExactly("A");
		CoordinatorHomePokja a = home.pokja().get(0);
		assertThat(a.area().area().name()).isEqualTo("A");
		// The demo evidence covers PPA1A and PPA1B; every other item of area A lacks it.
		assertThat(a.withoutEvidence()).extracting((item) -> item.code())
			.doesNotContain("PPA1A", "PPA1B")
			.isNotEmpty()
			.allMatch((code) -> code.charAt(2) == 'A');
		assertThat(home.activities()).isNotEmpty();
	}

	@Test
	void aMemberOfSeveralPokjaSeesEachAndSomeoneInNoPokjaIsToldSo() throws Exception {
		assertThat(this.homes.home(principal("koordinator.sdm"), DEMO).pokja())
			.extracting((line) -> line.pokja().areaCode())
			.containsExactly("B", "C", "F");
		this.mvc.perform(get("/programmes/1/coordinator").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-pokja\"")));
		this.mvc.perform(get("/programmes/1/coordinator").with(as("pembina.tdt"))).andExpect(status().isNotFound());
	}

	@Test
	@Transactional
	void revisionNotesOfTheAreaWaitOnTheHome() throws Exception {
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review"));
		this.mvc
			.perform(post("/programmes/1/review/items/PPA1A").param("verdict", "PERLU_REVISI")
				.param("note", "Unggah SK yang ditandatangani")
				.param("option", "TIDAK")
				.with(as("pembina"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review#item-PPA1A"));
		CoordinatorHome home = this.homes.home(principal("koordinator"), DEMO);
		assertThat(home.pokja().get(0).revisions()).singleElement().satisfies((revision) -> {
			assertThat(revision.itemCode()).isEqualTo("PPA1A");
			assertThat(revision.note()).isEqualTo("Unggah SK yang ditandatangani");
			assertThat(revision.round()).isEqualTo(1);
		});
		this.mvc.perform(get("/programmes/1/coordinator").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unggah SK yang ditandatangani")));
		// Area B's coordinator does not see area A's revision.
		assertThat(this.homes.home(principal("koordinator.sdm"), DEMO).pokja())
			.allMatch((line) -> line.revisions().isEmpty());
	}

	@Test
	@Transactional
	void theOverdueCountCoversAllOfThePersonsTasksNotOnlyThoseShown() {
		long before = this.homes.home(principal("koordinator"), DEMO).overdueTasks();
		this.jdbc.sql("""
				insert into task (programme_id, area_code, title, pic_user_id, due_date)
				select 1, 'A', 'Tugas terlambat ' || n, u.id, date '2026-01-01'
				from generate_series(1, 12) n, user_account u where u.username = 'koordinator'
				""").update();
		CoordinatorHome home = this.homes.home(principal("koordinator"), DEMO);
		assertThat(home.tasks()).hasSizeLessThanOrEqualTo(10);
		assertThat(home.overdueTasks()).isEqualTo(before + 12);
	}

	@Test
	void thePageRunsTheSameNumberOfStatementsForOneOrThreePokja() throws Exception {
		statements("koordinator");
		int one = statements("koordinator");
		statements("koordinator.sdm");
		int three = statements("koordinator.sdm");
		assertThat(three).isEqualTo(one).isLessThanOrEqualTo(40);
		this.mvc.perform(get("/programmes/1/coordinator").with(as("koordinator")))
			.andExpect(content().string(not(containsString("id=\"no-pokja\""))));
	}

	private int statements(String username) throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/programmes/1/coordinator").with(as(username))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
