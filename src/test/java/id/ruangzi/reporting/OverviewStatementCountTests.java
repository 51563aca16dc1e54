package id.ruangzi.reporting;

import java.time.Clock;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview page runs the same number of SQL statements for a handful of units as for
 * many: ranking and paging in SQL, the other columns batch-read per page.
 */
@IntegrationTest
@Transactional
class OverviewStatementCountTests {

	@Autowired
	MockMvc mvc;

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

	@Test
	void theOverviewRunsAFixedNumberOfStatementsWhateverTheNumberOfUnits() throws Exception {
		OverviewFixtures fixtures = new OverviewFixtures(this.organisation, this.assessment, this.users, this.jdbc,
				this.entities, this.clock);
		page();
		int few = page();
		for (int i = 0; i < 30; i++) {
			long programme = fixtures.programme("OVS-" + i, (i % 2 == 0) ? "KANKEMENAG-BDL" : "KANKEMENAG-TDT");
			fixtures.snapshot(programme, fixtures.today(), String.valueOf(50 + i), "30.00");
			fixtures.overdueTask(programme);
		}
		fixtures.flush();
		int many = page();

		assertThat(many).isEqualTo(few);
		assertThat(few).isLessThanOrEqualTo(15);
	}

	private int page() throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/overview").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}
