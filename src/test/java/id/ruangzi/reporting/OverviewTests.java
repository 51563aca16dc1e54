package id.ruangzi.reporting;

import java.time.Clock;
import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.test.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor overview: scope, ranking, flags, grouped totals, comparison and the JSON
 * API. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class OverviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Overviews overviews;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Autowired
	Clock clock;

	OverviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OverviewFixtures(this.organisation, this.assessment, this.users, this.jdbc, this.entities,
				this.clock);
	}

	@Test
	void pembinaSeesEveryUnitOfKankemenagBandarLampungRankedAndNothingFromTanahDatar() throws Exception {
		long weaker = this.fixtures.programme("OVT-A", OverviewFixtures.KANKEMENAG_BDL);
		long stronger = this.fixtures.programme("OVT-B", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.snapshot(weaker, this.fixtures.today(), "99.00", "45.00");
		this.fixtures.snapshot(stronger, this.fixtures.today(), "99.00", "50.00");

		List<OverviewRow> rows = this.overviews
			.overview(this.fixtures.user("pembina"), filter(null), PageRequest.of(0, 50))
			.rows()
			.getContent();

		assertThat(rows).extracting(OverviewRow::unitCode).containsExactly("OVT-B", "OVT-A", "MTSN2-BDL");
		assertThat(rows).extracting(OverviewRow::rank).containsExactly(1, 2, 3);
		assertThat(rows).extracting(OverviewRow::parentName).containsOnly("Kankemenag Kota Bandar Lampung");
		this.mvc.perform(get("/overview").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")))
			.andExpect(content().string(containsString("/programmes/1/dashboard")))
			.andExpect(content().string(not(containsString("MAN 2 Tanah Datar"))));
	}

	@Test
	void theTableSortsByParentTypeAndTargetToo() {
		long direct = this.fixtures.programme("OVT-P", "KANWIL-LPG");
		this.jdbc.sql("update programme set target = 'WBBM' where id = :id").param("id", direct).update();
		assertThat(codes("kanwil.lampung", StandingSort.PARENT, false)).containsExactly("MTSN2-BDL", "OVT-P");
		assertThat(codes("kanwil.lampung", StandingSort.PARENT, true)).containsExactly("OVT-P", "MTSN2-BDL");
		assertThat(codes("kanwil.lampung", StandingSort.TARGET, false)).containsExactly("MTSN2-BDL", "OVT-P");
		assertThat(codes("kanwil.lampung", StandingSort.TARGET, true)).containsExactly("OVT-P", "MTSN2-BDL");
		this.jdbc.sql("update unit set type = 'KUA' where code = 'OVT-P'").update();
		assertThat(codes("kanwil.lampung", StandingSort.TYPE, false)).containsExactly("MTSN2-BDL", "OVT-P");
	}

	private List<String> codes(String username, StandingSort sort, boolean desc) {
		return this.overviews
			.overview(this.fixtures.user(username), new OverviewFilter(null, null, null, null, null, null, sort, desc),
					PageRequest.of(0, 50))
			.rows()
			.getContent()
			.stream()
			.map(OverviewRow::unitCode)
			.toList();
	}

	@Test
	void aSubtreeOutsideTheSupervisorsScopeIsNotFound() throws Exception {
		this.mvc.perform(get("/overview").param("under", "KANKEMENAG-BDL").with(as("pembina.tdt")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/overview").param("under", "KANKEMENAG-BDL").with(as("pembina.tdt")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aUnitWithoutActivityOverdueTasksAndAFallingScoreNeedsAttentionAndSaysWhy() throws Exception {
		long programme = this.fixtures.programme("OVT-C", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.snapshot(programme, this.fixtures.today().minusDays(20), "70.00", "40.00");
		this.fixtures.snapshot(programme, this.fixtures.today(), "60.00", "35.00");
		this.fixtures.overdueTask(programme);

		OverviewRow row = only(
				this.overviews.overview(this.fixtures.user("pembina"), filterQ("OVT-C"), PageRequest.of(0, 10))
					.rows()
					.getContent());

		assertThat(row.attention()).containsExactly(Attention.OVERDUE_TASKS, Attention.SCORE_FALLING);
		assertThat(row.onTrack()).isFalse();
		assertThat(row.ready()).isFalse();
		assertThat(row.overdueTasks()).isEqualTo(1);
		// The task was written today, so there was activity within 30 days.
		assertThat(row.lastActivity()).isEqualTo(this.fixtures.today());
		this.mvc.perform(get("/overview").param("q", "OVT-C").with(as("pembina")))
			.andExpect(content().string(containsString("Nilai total turun dari 70,00 menjadi 60,00 dalam 14 hari")))
			.andExpect(content().string(containsString("Ada tugas terlambat")));
	}

	@Test
	void aFreshProgrammeWithNothingDoneIsFlaggedForNoActivity() {
		this.fixtures.programme("OVT-D", OverviewFixtures.KANKEMENAG_BDL);

		OverviewRow row = only(
				this.overviews.overview(this.fixtures.user("admin"), filterQ("OVT-D"), PageRequest.of(0, 10))
					.rows()
					.getContent());

		assertThat(row.attention()).containsExactly(Attention.NO_ACTIVITY);
		assertThat(row.total()).isNull();
		assertThat(row.evidenceCoverage()).isNull();
	}

	@Test
	void aNationalOverviewIsTotalledPerKanwilAndAKanwilsPerKankemenag() {
		long a = this.fixtures.programme("OVT-E", OverviewFixtures.KANKEMENAG_BDL);
		long b = this.fixtures.programme("OVT-F", "KANKEMENAG-TDT");
		long c = this.fixtures.programme("OVT-H", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.snapshot(a, this.fixtures.today(), "80.00", "40.00");
		this.fixtures.snapshot(b, this.fixtures.today(), "70.00", "30.00");
		this.fixtures.snapshot(c, this.fixtures.today(), "60.00", "30.00");

		OverviewPage national = this.overviews.overview(this.fixtures.user("admin"), filterQ("OVT-"),
				PageRequest.of(0, 10));
		OverviewPage kanwil = this.overviews.overview(this.fixtures.user("kanwil.lampung"), filterQ("OVT-"),
				PageRequest.of(0, 10));

		assertThat(national.groups())
			.extracting(OverviewGroup::parentCode, OverviewGroup::programmes,
					(group) -> group.averageTotal().toPlainString())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KANWIL-LPG", 2L, "70.00"),
					org.assertj.core.groups.Tuple.tuple("KANWIL-SUMBAR", 1L, "70.00"));
		assertThat(kanwil.groups())
			.extracting(OverviewGroup::parentCode, OverviewGroup::programmes,
					(group) -> group.averageTotal().toPlainString())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("KANKEMENAG-BDL", 2L, "70.00"));
	}

	@Test
	void comparingFewerThanTwoOrMoreThanFiveUnitsIsABadRequestThatSaysWhy() throws Exception {
		this.mvc.perform(get("/overview/compare").param("programme", "1").with(as("pembina")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Pilih 2 sampai 5 unit yang berbeda")));
		this.mvc.perform(get("/overview/compare").param("programme", "1", "2", "3", "4", "5", "6").with(as("admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void twoUnitsInScopeAreComparedSideBySide() throws Exception {
		long other = this.fixtures.programme("OVT-G", OverviewFixtures.KANKEMENAG_BDL);
		this.mvc.perform(get("/overview/compare").param("programme", "1", String.valueOf(other)).with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MTsN 2 Bandar Lampung")))
			.andExpect(content().string(containsString("Madrasah Uji OVT-G")))
			.andExpect(content().string(containsString("Nilai IPAK")));
		this.mvc.perform(get("/overview/compare").param("programme", "1", "2").with(as("pembina")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiAnswersThePagedRankedTable() throws Exception {
		this.mvc.perform(get("/api/v1/overview").param("under", "KANKEMENAG-BDL").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].unitCode").value("MTSN2-BDL"))
			.andExpect(jsonPath("$.content[0].rank").value(1))
			.andExpect(jsonPath("$.content[0].onTrack").isBoolean());
	}

	private static OverviewRow only(List<OverviewRow> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static OverviewFilter filter(String under) {
		return new OverviewFilter(under, null, null, null, null, null, null, false);
	}

	private static OverviewFilter filterQ(String q) {
		return new OverviewFilter(null, null, q, null, null, null, null, false);
	}

	private RequestPostProcessor as(String username) {
		CurrentUser principal = this.fixtures.user(username);
		return user(principal);
	}

}
