package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The change agents of the demo programme of MTsN 2 Bandar Lampung (id 1: five agents,
 * four changes of which three integrated) and the values they suggest for PRA1A and
 * PRA1B. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class AgentPagesTests {

	static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ChangeAgentApi agents;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoAgentsHaveTheIdsTheRouteInventoryUses() {
		AgentsView page = this.agents.page(principal("kepala"), DEMO);
		assertThat(page.agents()).extracting(AgentView::id).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(page.agents().stream().flatMap((agent) -> agent.changes().stream())).extracting(AgentChangeView::id)
			.containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
		assertThat(page.agents()).allSatisfy((agent) -> assertThat(agent.version()).isZero());
	}

	@Test
	void theDemoSuggestionEqualsTheStoredPra1aAndPra1bIsYetToBeAnswered() throws Exception {
		assertThat(this.agents.counts(principal("kepala"), DEMO)).isEqualTo(new AgentCounts(5, 4, 3));
		this.mvc.perform(get("/programmes/1/agents").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nilai usulan untuk PRA1A: agen = 5, perubahan = 4")))
			.andExpect(content().string(containsString("Nilai usulan untuk PRA1B: perubahan = 4, terintegrasi = 3")))
			.andExpect(content().string(containsString("Tersimpan: agen = 5, perubahan = 4")))
			// The demo answers three items in five; PRA1B is not among them.
			.andExpect(content().string(containsString("Belum dijawab")))
			.andExpect(content().string(containsString("perubahan bertanggal dalam tahun 2026")))
			.andExpect(content().string(containsString("Terapkan")))
			.andExpect(content().string(containsString("Layanan legalisir ijazah daring")));
		assertThat(this.agents.page(principal("koordinator"), DEMO).matches("PRA1A")).isTrue();
		assertThat(this.agents.page(principal("koordinator"), DEMO).matches("PRA1B")).isFalse();
	}

	@Test
	void countsAreActiveAgentsAndTheChangesDatedInTheProgrammeYear() {
		CurrentUser head = principal("kepala");
		long agent = this.agents.appoint(head, DEMO, "kepala", "B-200/2026", LocalDate.of(2026, 4, 1));
		assertThat(this.agents.counts(head, DEMO)).isEqualTo(new AgentCounts(6, 4, 3));
		this.agents.addChange(head, DEMO, agent, "Tanda tangan elektronik", LocalDate.of(2026, 12, 31), true);
		this.agents.addChange(head, DEMO, agent, "Rapat daring", LocalDate.of(2026, 1, 1), false);
		this.agents.addChange(head, DEMO, agent, "Perubahan tahun lalu", LocalDate.of(2025, 12, 31), true);
		this.agents.addChange(head, DEMO, agent, "Perubahan tahun depan", LocalDate.of(2027, 1, 1), true);
		assertThat(this.agents.counts(head, DEMO)).isEqualTo(new AgentCounts(6, 6, 4));
		// An ended appointment no longer counts as an agent; the changes it made still
		// do.
		this.agents.end(head, DEMO, agent, 0);
		assertThat(this.agents.counts(head, DEMO)).isEqualTo(new AgentCounts(5, 6, 4));
	}

	@Test
	void coordinatorAppointsAnAgentAndRecordsEditsAndDeletesAChange() throws Exception {
		this.mvc
			.perform(post("/programmes/1/agents").param("username", "kepala")
				.param("decreeNumber", "B-201/2026")
				.param("decreeDate", "2026-04-01")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"))
			.andExpect(flash().attribute("flashSuccess", "pokja.agents.appointed"));
		AgentView appointed = agentOf("kepala");
		assertThat(appointed.decreeNumber()).isEqualTo("B-201/2026");
		assertThat(appointed.active()).isTrue();

		this.mvc
			.perform(post("/programmes/1/agents/" + appointed.id() + "/changes").param("title", "Antrean daring")
				.param("changedOn", "2026-05-05")
				.param("integrated", "true")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		AgentChangeView change = agentOf("kepala").changes().get(0);
		assertThat(change.title()).isEqualTo("Antrean daring");
		assertThat(change.integrated()).isTrue();
		assertThat(this.agents.counts(principal("kepala"), DEMO)).isEqualTo(new AgentCounts(6, 5, 4));

		this.mvc
			.perform(post("/programmes/1/changes/" + change.id()).param("title", "Antrean daring lewat WhatsApp")
				.param("changedOn", "2026-05-06")
				.param("version", "0")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		AgentChangeView edited = agentOf("kepala").changes().get(0);
		assertThat(edited.title()).isEqualTo("Antrean daring lewat WhatsApp");
		assertThat(edited.integrated()).as("an unticked box").isFalse();

		this.mvc
			.perform(post("/programmes/1/changes/" + change.id() + "/delete").param("version", "0")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data telah diubah orang lain")));
		this.mvc
			.perform(post("/programmes/1/changes/" + change.id() + "/delete")
				.param("version", String.valueOf(edited.version()))
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		assertThat(agentOf("kepala").changes()).isEmpty();
	}

	@Test
	void refusedAgentAndChangeFormsShowFieldErrorsAndSaveNothing() throws Exception {
		this.mvc
			.perform(post("/programmes/1/agents").param("username", "guru")
				.param("decreeNumber", "B-202/2026")
				.param("decreeDate", "2026-04-01")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah menjadi agen perubahan aktif")));
		this.mvc
			.perform(post("/programmes/1/agents").param("username", "kepala")
				.param("decreeNumber", " ")
				.param("decreeDate", "2026-04-01")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nomor SK harus diisi")));
		this.mvc
			.perform(post("/programmes/1/agents").param("username", "kepala.man2")
				.param("decreeNumber", "B-203")
				.param("decreeDate", "2026-04-01")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak memiliki peran di unit kerja")));
		this.mvc
			.perform(post("/programmes/1/agents/1/changes").param("title", "")
				.param("changedOn", "2026-04-01")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Judul perubahan harus diisi")));
		this.mvc
			.perform(post("/programmes/1/agents/1/changes").param("title", "Perubahan")
				.param("changedOn", "kemarin")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal perubahan tidak valid")));
		this.mvc
			.perform(post("/programmes/1/changes/1").param("title", "x".repeat(201))
				.param("changedOn", "2026-04-01")
				.param("version", "0")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("paling banyak 200 karakter")));
		assertThat(this.agents.counts(principal("kepala"), DEMO)).isEqualTo(new AgentCounts(5, 4, 3));
	}

	@Test
	void coordinatorAppliesTheSuggestionsToPra1aAndPra1b() throws Exception {
		CurrentUser head = principal("kepala");
		this.agents.appoint(head, DEMO, "kepala", "B-204/2026", LocalDate.of(2026, 4, 1));
		this.mvc.perform(get("/programmes/1/agents").with(as("koordinator")))
			.andExpect(content().string(containsString("Nilai usulan untuk PRA1A: agen = 6, perubahan = 4")))
			.andExpect(content().string(containsString("Berbeda")));

		this.mvc.perform(post("/programmes/1/agents/suggestions/PRA1A").with(as("koordinator")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"))
			.andExpect(flash().attribute("flashSuccess", "pokja.suggestion.applied"));
		ItemAnswerView stored = this.assessment.sheet(head, DEMO).answers().get("PRA1A");
		assertThat(stored.inputs()).containsOnlyKeys("agen", "perubahan");
		assertThat(stored.inputs().get("agen")).isEqualByComparingTo("6");
		assertThat(stored.inputs().get("perubahan")).isEqualByComparingTo("4");

		this.mvc.perform(post("/programmes/1/agents/suggestions/PRA1B").with(as("koordinator")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		ItemAnswerView pra1b = this.assessment.sheet(head, DEMO).answers().get("PRA1B");
		assertThat(pra1b.inputs().get("perubahan")).isEqualByComparingTo("4");
		assertThat(pra1b.inputs().get("terintegrasi")).isEqualByComparingTo("3");
		assertThat(this.agents.page(head, DEMO).matches("PRA1B")).isTrue();
	}

	@Test
	void aCoordinatorOfAnotherAreaMayReadButNotChangeOrApply() throws Exception {
		this.mvc.perform(get("/programmes/1/agents").with(as("koordinator.sdm")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only\"")))
			.andExpect(content().string(not(containsString("Terapkan"))));
		this.mvc.perform(post("/programmes/1/agents/suggestions/PRA1A").with(as("koordinator.sdm")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes/1/agents").param("username", "kepala")
				.param("decreeNumber", "B-205")
				.param("decreeDate", "2026-04-01")
				.with(as("koordinator.sdm"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/programmes/1/agents/1/end").param("version", "0").with(as("anggota")).with(csrf()))
			.andExpect(status().isForbidden());
		Map<String, BigDecimal> stored = this.assessment.sheet(principal("kepala"), DEMO)
			.answers()
			.get("PRA1A")
			.inputs();
		assertThat(stored.get("agen")).isEqualByComparingTo("5");
	}

	@Test
	void applyingToASubmittedProgrammeSaysItIsClosed() throws Exception {
		this.jdbc.sql("update programme set stage = 'DIAJUKAN' where id = 1").update();
		this.mvc.perform(post("/programmes/1/agents/suggestions/PRA1B").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"))
			.andExpect(flash().attribute("flashError", "pokja.suggestion.closed"));
		this.mvc.perform(get("/programmes/1/agents").with(as("kepala")))
			.andExpect(content().string(not(containsString("Terapkan"))))
			.andExpect(content().string(containsString("tidak lagi menerima perubahan jawaban")));
	}

	@Test
	void onlyPra1aAndPra1bTakeSuggestionsAndAnotherProgrammesAgentIsNotFound() throws Exception {
		this.mvc.perform(post("/programmes/1/agents/suggestions/PPA1A").with(as("kepala")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/programmes/2/agents/1/end").param("version", "0").with(as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/agents").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/agents").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only\"")));
	}

	@Test
	void endingAnAppointmentKeepsItsChangesAndRemovingItDeletesThem() throws Exception {
		this.mvc.perform(post("/programmes/1/agents/4/end").param("version", "0").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		assertThat(this.agents.counts(principal("kepala"), DEMO)).isEqualTo(new AgentCounts(4, 4, 3));
		this.mvc.perform(post("/programmes/1/agents/1/delete").param("version", "0").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/agents"));
		assertThat(this.agents.counts(principal("kepala"), DEMO)).isEqualTo(new AgentCounts(3, 3, 2));
	}

	private AgentView agentOf(String username) {
		return this.agents.page(principal("kepala"), DEMO)
			.agents()
			.stream()
			.filter((agent) -> agent.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
