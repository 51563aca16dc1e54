package id.ruangzi.security;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import id.ruangzi.security.RouteInventoryTests.Declaration;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Insecure direct object references: a person of another unit who guesses an id gets 404,
 * as if it did not exist. The route inventory already checks {@code pembina.tdt} (a
 * supervisor of another subtree) on every route; this suite adds {@code kepala.man2}, the
 * unit head of another unit, who has the widest rights of anyone outside MTsN 2 Bandar
 * Lampung but administrators, on every route of the inventory that hides MTsN 2's data
 * from outsiders. A new route with an id in the inventory is covered automatically.
 * <p>
 * Evidence files are addressed by sequential ids ({@code /evidence/{id}/content},
 * {@code /evidence/revisions/{id}/content}, {@code /api/v1/evidence/{id}/content}); that
 * is acceptable only because every download checks the reader's scope, which the rows of
 * those routes in {@code evidence.csv} and this suite prove.
 */
@IntegrationTest
@Transactional
class IdorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	/**
	 * Protection: each service's scope check ({@code AccessPolicy}/{@code EditScope},
	 * {@code NotFoundException} outside scope). Without it the other unit's head would
	 * get 200, 302 or 403 on these routes.
	 */
	@TestFactory
	Stream<DynamicTest> theHeadOfAnotherUnitGetsNotFoundOnEveryRouteThatHidesThisUnitsData() throws IOException {
		List<Declaration> hidden = RouteInventoryTests.declarations()
			.stream()
			.filter((declaration) -> declaration.expectations().get(5).equals("404")
					&& declaration.expectations().contains("ok"))
			.toList();
		assertThat(hidden).as("the inventory has rows hiding data from other units").hasSizeGreaterThan(90);
		return hidden.stream()
			.map((declaration) -> DynamicTest
				.dynamicTest(declaration.route() + " " + declaration.sample() + " as kepala.man2 -> 404", () -> {
					MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(declaration.method()),
							declaration.sample())
						.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)
						.with(csrf())
						.with(as("kepala.man2"));
					if (declaration.body() != null) {
						request.contentType(MediaType.APPLICATION_JSON).content(declaration.body());
					}
					assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus())
						.as(declaration.route() + " " + declaration.sample())
						.isEqualTo(404);
				}));
	}

	/**
	 * Protection: the same scope checks, the other way round: MTsN 2's head cannot reach
	 * MAN 2 Tanah Datar's programme, pages or files by changing the id in the URL.
	 */
	@Test
	void theHeadOfThisUnitCannotReachTheOtherUnitsProgrammeByChangingTheId() throws Exception {
		for (String path : List.of("/programmes/2", "/programmes/2/areas/A", "/programmes/2/tasks",
				"/programmes/2/evidence", "/programmes/2/activities", "/programmes/2/pokja", "/programmes/2/dashboard",
				"/programmes/2/review", "/programmes/2/lke.xlsx", "/programmes/2/evidence/package.zip",
				"/units/MAN2-TDT", "/units/MAN2-TDT/people", "/api/v1/programmes/2", "/api/v1/programmes/2/tasks")) {
			assertThat(this.mvc.perform(get(path).with(as("kepala"))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
	}

	/**
	 * Protection: notifications are read through their owner only. Someone else's
	 * notification id answers 404, whoever asks, even an administrator.
	 */
	@Test
	void anotherPersonsNotificationIsNotFound() throws Exception {
		long id = this.jdbc
			.sql("insert into notification (recipient_id, kind, programme_id, unit_id, target) "
					+ "select u.id, 'PROGRAMME_SUBMITTED', p.id, p.unit_id, '/programmes/1' "
					+ "from user_account u, programme p where u.username = 'kepala' and p.id = 1 returning id")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/notifications/" + id).with(as("kepala"))).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/notifications/" + id).with(as("kepala.man2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/" + id).with(as("admin"))).andExpect(status().isNotFound());
	}

	/**
	 * Protection: the scope check on evidence downloads, for every evidence record and
	 * revision of MTsN 2 (sequential ids are tried one after another as an attacker
	 * would).
	 */
	@Test
	void everyEvidenceFileOfThisUnitIsNotFoundForTheOtherUnitWhateverItsId() throws Exception {
		List<Long> evidence = this.jdbc.sql("select id from evidence where programme_id = 1 order by id")
			.query(Long.class)
			.list();
		List<Long> revisions = this.jdbc
			.sql("select r.id from evidence_revision r join evidence e on e.id = r.evidence_id "
					+ "where e.programme_id = 1 order by r.id")
			.query(Long.class)
			.list();
		assertThat(evidence).isNotEmpty();
		for (Long id : evidence) {
			this.mvc.perform(get("/evidence/" + id + "/content").with(as("kepala.man2")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/evidence/" + id + "/content").with(as("pembina.tdt")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/evidence/" + id).with(as("kepala.man2"))).andExpect(status().isNotFound());
		}
		for (Long id : revisions) {
			this.mvc.perform(get("/evidence/revisions/" + id + "/content").with(as("kepala.man2")))
				.andExpect(status().isNotFound());
		}
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
