package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ScoreSnapshot;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.NotFoundException;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The readiness dashboard of the demo programme (MTsN 2 Bandar Lampung 2026) as page and
 * JSON. Not transactional on purpose, so statement counts are not served from a shared
 * persistence context; what a test adds, it removes again.
 */
@IntegrationTest
class DashboardTests {

	private static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dashboards dashboards;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theUnitHeadSeesGatesAreasForecastAndTasks() throws Exception {
		this.mvc.perform(get("/programmes/1/dashboard").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"gate-TOTAL\"")))
			.andExpect(content().string(containsString("id=\"gate-PENGUNGKIT\"")))
			.andExpect(content().string(containsString("id=\"dash-area-F\"")))
			.andExpect(content().string(containsString("id=\"chart-radar\"")))
			.andExpect(content().string(containsString("Dengan laju saat ini")))
			.andExpect(content().string(containsString("id=\"dash-pokja-A\"")))
			.andExpect(content().string(containsString("/dist/chart.umd.min.js")));
	}

	@Test
	void theDemoHistoryIsLongEnoughForATrend() {
		Dashboard dashboard = this.dashboards.dashboard(principal("kepala"), DEMO);
		assertThat(dashboard.history()).hasSizeGreaterThanOrEqualTo(DashboardForecast.MIN_POINTS);
		assertThat(dashboard.forecast().hasTrend()).isTrue();
		assertThat(dashboard.forecast().totalThreshold()).isEqualByComparingTo("75.00");
		assertThat(dashboard.chartTrend().split(",")).hasSize(dashboard.chartDays().size());
		assertThat(dashboard.pokja()).extracting(DashboardPokja::areaCode)
			.containsExactly("A", "B", "C", "D", "E", "F");
	}

	@Test
	void evidenceCoverageCountsAnsweredItemsWithEvidence() {
		Dashboard dashboard = this.dashboards.dashboard(principal("kepala"), DEMO);
		long answered = this.jdbc.sql("select count(*) from answer where programme_id = 1").query(Long.class).single();
		long withEvidence = this.jdbc.sql("""
				select count(*) from answer a where a.programme_id = 1 and exists (
				  select 1 from evidence_item ei join evidence e on e.id = ei.evidence_id
				  where e.programme_id = 1 and ei.item_code = a.item_code)
				""").query(Long.class).single();
		assertThat(dashboard.answered()).isEqualTo(answered);
		assertThat(dashboard.answeredWithEvidence()).isEqualTo(withEvidence);
		assertThat(dashboard.answeredWithEvidence()).isLessThanOrEqualTo(dashboard.answered());
	}

	@Test
	void aSupervisorInScopeReadsItAndOneOutsideScopeFindsNothing() throws Exception {
		this.mvc.perform(get("/programmes/1/dashboard").with(as("pembina"))).andExpect(status().isOk());
		this.mvc.perform(get("/programmes/1/dashboard").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programmes/1/dashboard").with(as("pembina.tdt")))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> this.dashboards.dashboard(principal("kepala.man2"), DEMO))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theApiGivesTheNumbersWithPagedImprovements() throws Exception {
		this.mvc.perform(get("/api/v1/programmes/1/dashboard?page=0&size=3").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode", is("MTSN2-BDL")))
			.andExpect(jsonPath("$.target", is("WBK")))
			.andExpect(jsonPath("$.gates[0].gate", is("TOTAL")))
			.andExpect(jsonPath("$.gates[0].threshold", is(75.0)))
			.andExpect(jsonPath("$.areas", hasSize(6)))
			.andExpect(jsonPath("$.pokja", hasSize(6)))
			.andExpect(jsonPath("$.improvements.size", is(3)))
			.andExpect(jsonPath("$.improvements.content", hasSize(3)))
			.andExpect(jsonPath("$.forecast.outcome", not(is("TOO_FEW_POINTS"))))
			.andExpect(jsonPath("$.evidence.answeredItems").isNumber());
		this.mvc.perform(get("/api/v1/programmes/1/dashboard?size=0").with(as("kepala")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theHomeLinkLeadsToTheNewestProgrammesDashboard() throws Exception {
		this.mvc.perform(get("/").with(as("kepala")))
			.andExpect(content().string(containsString("/units/MTSN2-BDL/dashboard")));
		this.mvc.perform(get("/units/MTSN2-BDL/dashboard").with(as("kepala")))
			.andExpect(redirectedUrl("/programmes/1/dashboard"));
		this.mvc.perform(get("/").with(as("koordinator")))
			.andExpect(content().string(containsString("/units/MTSN2-BDL/coordinator")));
		this.mvc.perform(get("/").with(as("admin"))).andExpect(content().string(not(containsString("/dashboard"))));
	}

	@Test
	void thePageRunsAFixedNumberOfStatementsWhateverTheTasksAndSnapshots() throws Exception {
		statements();
		int before = statements();
		CurrentUser head = principal("kepala");
		List<TaskDraft> drafts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			drafts.add(new TaskDraft("Uji dasbor " + i, null, "B", null, List.of(), null, null,
					LocalDate.of(2026, 1, 1 + i), (i % 2 == 0) ? "PROSES" : "BELUM", null, null, null));
		}
		List<ScoreSnapshot> old = new ArrayList<>();
		for (int day = 0; day < 30; day++) {
			old.add(new ScoreSnapshot(LocalDate.of(2025, 6, 1).plusDays(day), new BigDecimal("10.00"),
					new BigDecimal("6.00"), new BigDecimal("4.00")));
		}
		try {
			this.tasks.createAll(head, DEMO, drafts);
			this.assessment.backfillHistory(DEMO, old);
			assertThat(statements()).isEqualTo(before).isLessThanOrEqualTo(40);
		}
		finally {
			this.jdbc.sql("delete from task where programme_id = 1 and title like 'Uji dasbor %'").update();
			this.jdbc.sql("delete from score_snapshot where programme_id = 1 and snapshot_date < '2026-01-01'")
				.update();
		}
	}

	private int statements() throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/programmes/1/dashboard").with(as("kepala"))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
