package id.ruangzi.reporting;

import java.time.Clock;
import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.review.ReviewStatus;
import id.ruangzi.test.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview's sorts by the weakest area and by the columns other modules own: each
 * with units whose keys differ, in both directions. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class OverviewSortTests {

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
	void theWeakestAreaSortPutsTheLowestAreaPercentFirstAndProgrammesWithoutScoresLast() {
		long half = this.fixtures.programme("OVW-1", OverviewFixtures.KANKEMENAG_BDL);
		long forty = this.fixtures.programme("OVW-2", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.programme("OVW-3", OverviewFixtures.KANKEMENAG_BDL);
		// Weights A 8, B 7, C 10, D 10, E 15, F 10: B at 3.5 points is 50 %, E at 6
		// points
		// is 40 %, so the percent, not the points, puts OVW-2 first.
		this.fixtures.areas(half, "8.00", "3.50", "10.00", "10.00", "15.00", "10.00");
		this.fixtures.areas(forty, "8.00", "7.00", "10.00", "10.00", "6.00", "10.00");

		assertThat(codes("OVW-", StandingSort.WEAKEST, false)).containsExactly("OVW-2", "OVW-1", "OVW-3");
		assertThat(codes("OVW-", StandingSort.WEAKEST, true)).containsExactly("OVW-1", "OVW-2", "OVW-3");
	}

	@Test
	void theCoverageSortPutsTheLowestCoverageFirstAsTheColumnShowsIt() {
		long half = this.fixtures.programme("OVC-1", OverviewFixtures.KANKEMENAG_BDL);
		long quarter = this.fixtures.programme("OVC-2", OverviewFixtures.KANKEMENAG_BDL);
		long full = this.fixtures.programme("OVC-3", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.programme("OVC-4", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.evidence(half, this.fixtures.answers(half, 2).subList(0, 1));
		this.fixtures.evidence(quarter, this.fixtures.answers(quarter, 4).subList(0, 1));
		this.fixtures.evidence(full, this.fixtures.answers(full, 2));

		List<OverviewRow> rows = rows("OVC-", StandingSort.COVERAGE, false);

		assertThat(rows).extracting(OverviewRow::unitCode).containsExactly("OVC-2", "OVC-1", "OVC-3", "OVC-4");
		assertThat(rows)
			.extracting((row) -> (row.evidenceCoverage() != null) ? row.evidenceCoverage().toPlainString() : null)
			.containsExactly("25.0", "50.0", "100.0", null);
		assertThat(codes("OVC-", StandingSort.COVERAGE, true)).containsExactly("OVC-3", "OVC-1", "OVC-2", "OVC-4");
	}

	@Test
	void theOverdueSortPutsTheMostOverdueTasksFirstAndTiesByName() {
		// Opened out of name order, so ties by name differ from ties by the unit list.
		this.fixtures.programme("OVO-4", OverviewFixtures.KANKEMENAG_BDL);
		long one = this.fixtures.programme("OVO-1", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.programme("OVO-2", OverviewFixtures.KANKEMENAG_BDL);
		long two = this.fixtures.programme("OVO-3", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.overdueTask(one);
		this.fixtures.overdueTask(two);
		this.fixtures.overdueTask(two);

		List<OverviewRow> rows = rows("OVO-", StandingSort.OVERDUE, false);

		assertThat(rows).extracting(OverviewRow::unitCode).containsExactly("OVO-3", "OVO-1", "OVO-2", "OVO-4");
		assertThat(rows).extracting(OverviewRow::overdueTasks).containsExactly(2L, 1L, 0L, 0L);
		assertThat(codes("OVO-", StandingSort.OVERDUE, true)).containsExactly("OVO-4", "OVO-2", "OVO-1", "OVO-3");
	}

	@Test
	void theReviewSortFollowsTheReviewFromNotSubmittedToCompleted() throws Exception {
		long completed = this.fixtures.programme("OVR-1", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.programme("OVR-2", OverviewFixtures.KANKEMENAG_BDL);
		long returned = this.fixtures.programme("OVR-3", OverviewFixtures.KANKEMENAG_BDL);
		long inReview = this.fixtures.programme("OVR-4", OverviewFixtures.KANKEMENAG_BDL);
		// The latest round decides: returned once, then completed.
		this.fixtures.reviewRound(completed, 1, "RETURNED");
		this.fixtures.reviewRound(completed, 2, "COMPLETED");
		this.fixtures.reviewRound(returned, 1, "RETURNED");
		this.fixtures.reviewRound(inReview, 1, null);

		List<OverviewRow> rows = rows("OVR-", StandingSort.REVIEW, false);

		assertThat(rows).extracting(OverviewRow::unitCode).containsExactly("OVR-2", "OVR-4", "OVR-3", "OVR-1");
		assertThat(rows).extracting(OverviewRow::review)
			.containsExactly(ReviewStatus.NOT_SUBMITTED, ReviewStatus.IN_REVIEW, ReviewStatus.RETURNED,
					ReviewStatus.COMPLETED);
		this.mvc
			.perform(get("/api/v1/overview").param("q", "OVR-")
				.param("sort", "REVIEW")
				.param("desc", "true")
				.with(user(this.fixtures.user("admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].unitCode").value(contains("OVR-1", "OVR-3", "OVR-4", "OVR-2")));
	}

	@Test
	void theActivitySortReadsTheLastActivityColumnNotOnlyTheLastAnswer() throws Exception {
		long taskToday = this.fixtures.programme("OVA-1", OverviewFixtures.KANKEMENAG_BDL);
		long fiveDays = this.fixtures.programme("OVA-2", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.programme("OVA-3", OverviewFixtures.KANKEMENAG_BDL);
		long twentyDays = this.fixtures.programme("OVA-4", OverviewFixtures.KANKEMENAG_BDL);
		// OVA-1's last answer is older than OVA-2's, but a task changed today.
		this.fixtures.answerChange(taskToday, 10);
		this.fixtures.overdueTask(taskToday);
		this.fixtures.answerChange(fiveDays, 5);
		this.fixtures.answerChange(twentyDays, 20);

		List<OverviewRow> rows = rows("OVA-", StandingSort.ACTIVITY, false);

		assertThat(rows).extracting(OverviewRow::unitCode).containsExactly("OVA-1", "OVA-2", "OVA-4", "OVA-3");
		assertThat(rows).extracting(OverviewRow::lastActivity)
			.containsExactly(this.fixtures.today(), this.fixtures.today().minusDays(5),
					this.fixtures.today().minusDays(20), null);
		assertThat(codes("OVA-", StandingSort.ACTIVITY, true)).containsExactly("OVA-4", "OVA-2", "OVA-1", "OVA-3");
		this.mvc.perform(
				get("/overview").param("q", "OVA-").param("sort", "ACTIVITY").with(user(this.fixtures.user("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aktivitas terakhir")));
	}

	@Test
	void everySortRunsBothWaysAndKeepsTheRankOfEachRow() {
		this.fixtures.programme("OVX-1", OverviewFixtures.KANKEMENAG_BDL);
		long scored = this.fixtures.programme("OVX-2", OverviewFixtures.KANKEMENAG_BDL);
		this.fixtures.areas(scored, "8.00", "3.50", "10.00", "10.00", "15.00", "10.00");
		for (StandingSort sort : StandingSort.values()) {
			for (boolean desc : new boolean[] { false, true }) {
				List<OverviewRow> rows = rows("OVX-", sort, desc);
				assertThat(rows).as("%s desc=%s", sort, desc).hasSize(2);
				// The rank is the ranking's whatever the order the page is sorted in.
				assertThat(rows).as("%s desc=%s", sort, desc)
					.filteredOn((row) -> row.unitCode().equals("OVX-2"))
					.extracting(OverviewRow::rank, OverviewRow::total)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(1, new java.math.BigDecimal("50.00")));
			}
		}
	}

	private List<String> codes(String q, StandingSort sort, boolean desc) {
		return rows(q, sort, desc).stream().map(OverviewRow::unitCode).toList();
	}

	private List<OverviewRow> rows(String q, StandingSort sort, boolean desc) {
		return this.overviews
			.overview(this.fixtures.user("admin"), new OverviewFilter(null, null, q, null, null, null, sort, desc),
					PageRequest.of(0, 50))
			.rows()
			.getContent();
	}

}
