package id.ruangzi.reporting;

import java.time.Clock;
import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.StandingSort;
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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's sorts by the columns other modules own or the snapshot's areas: each
 * with units whose keys differ, both ways. Rolled back after each test.
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
