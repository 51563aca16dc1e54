package id.ruangzi.scale;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statement-count guards of the pages the load benchmark times (issue 8): each page's
 * SQL statements for one request, counted with the demo data and again after the database
 * has grown around it (more units, programmes, answers, snapshots, tasks and evidence). A
 * page whose count grows with the data (a per-row query) or passes the ceiling fails
 * here, in the normal build, long before a benchmark would show it.
 */
@IntegrationTest
@Transactional
class PageStatementGuardTests {

	/** The most statements one request of a budgeted page may run. */
	static final int CEILING = 15;

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
	void everyBudgetedPageRunsAFixedSmallNumberOfStatementsWhateverTheDataSize() throws Exception {
		Map<String, Integer> small = countAll();
		new GrowingData(this.organisation, this.assessment, this.users, this.jdbc, this.entities, this.clock).grow(30);
		Map<String, Integer> large = countAll();
		System.out.println("Statements per page, demo data: " + small + ", grown: " + large);
		assertThat(large).as("statements per page after the data grew (before: %s)", small).isEqualTo(small);
		assertThat(large).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(CEILING));
	}

	private Map<String, Integer> countAll() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("unit dashboard", count("kepala", get("/programmes/1/dashboard")));
		counts.put("self-assessment area page", count("kepala", get("/programmes/1/areas/A")));
		counts.put("save one answer",
				count("koordinator",
						(round) -> post("/programmes/1/items/PPA1A").param("option", (round % 2 == 0) ? "TIDAK" : "YA")
							.header("HX-Request", "true")
							.with(csrf())));
		counts.put("task board of a pokja", count("kepala", get("/programmes/1/pokja/1/board")));
		counts.put("supervisor overview, Kanwil",
				count("kanwil.lampung", get("/overview").param("under", "KANWIL-LPG")));
		counts.put("supervisor overview, national", count("admin", get("/overview").param("page", "0")));
		// Sorted by a column another module owns: read for every programme of the scope.
		counts.put("supervisor overview, Kanwil, by evidence coverage",
				count("kanwil.lampung", get("/overview").param("under", "KANWIL-LPG").param("sort", "COVERAGE")));
		return counts;
	}

	private int count(String username, MockHttpServletRequestBuilder request) throws Exception {
		return count(username, (round) -> request);
	}

	// Each request is built twice: once to warm what is cached for good (the LKE
	// template), then counted.
	private int count(String username, java.util.function.IntFunction<MockHttpServletRequestBuilder> requests)
			throws Exception {
		MockHttpServletRequestBuilder warm = requests.apply(0);
		this.mvc.perform(warm.with(user(this.users.loadUserByUsername(username)))).andExpect(status().isOk());
		this.entities.clear();
		MockHttpServletRequestBuilder request = requests.apply(1).with(user(this.users.loadUserByUsername(username)));
		SqlStatementCounter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		if (SqlStatementCounter.count() > CEILING) {
			System.out.println("Statements of " + username + " " + request.buildRequest(null).getRequestURI() + ":\n  "
					+ String.join("\n  ", SqlStatementCounter.statements()));
		}
		return SqlStatementCounter.count();
	}

}
