package id.ruangzi.api;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API over HTTP Basic with the demo users, as {@code curl -u} would use it.
 */
@IntegrationTest
class ApiTests {

	private static final String DEMO = "ruangzi-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void meDescribesTheCallerAndTheirRoles() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("pembina"))
			.andExpect(jsonPath("$.fullName").value("Drs. H. Ahmad Fauzi, M.Pd."))
			.andExpect(jsonPath("$.roles[0].role").value("SUPERVISOR"))
			.andExpect(jsonPath("$.roles[0].unitCode").value("KANKEMENAG-BDL"));
	}

	@Test
	void supervisorListsTheSubtreeOfTheirKankemenag() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("under", "KANKEMENAG-BDL").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code").value(containsInAnyOrder("KANKEMENAG-BDL", "MTSN2-BDL", "MAN1-BDL",
					"MTSN1-BDL", "MIN1-BDL", "KUA-TKB", "KUA-KDT")))
			.andExpect(jsonPath("$.content[?(@.code == 'MTSN2-BDL')].parentCode").value(hasItem("KANKEMENAG-BDL")))
			.andExpect(jsonPath("$.content[?(@.code == 'MTSN2-BDL')].type").value(hasItem("MADRASAH")))
			.andExpect(jsonPath("$.totalElements").value(7));
	}

	@Test
	void supervisorGetsNotFoundForAUnitOutsideTheirScope() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("under", "MAN2-TDT").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Not found: unit MAN2-TDT"));
		this.mvc.perform(get("/api/v1/units").param("under", "KANWIL-LPG").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isNotFound());
	}

	@Test
	void supervisorListWithoutFilterHoldsOnlyTheirScope() throws Exception {
		this.mvc.perform(get("/api/v1/units").with(httpBasic("pembina", DEMO)))
			.andExpect(jsonPath("$.content[*].code").value(not(hasItem("MAN2-TDT"))))
			.andExpect(jsonPath("$.content[*].code").value(not(hasItem("KANWIL-LPG"))))
			.andExpect(jsonPath("$.totalElements").value(7));
	}

	@Test
	void memberSeesOnlyTheirOwnUnit() throws Exception {
		this.mvc.perform(get("/api/v1/units").with(httpBasic("anggota", DEMO)))
			.andExpect(jsonPath("$.content[*].code").value(containsInAnyOrder("MTSN2-BDL")));
	}

	@Test
	void kanwilSupervisorSeesTheWholeProvinceButNotOtherProvinces() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("size", "500").with(httpBasic("kanwil.lampung", DEMO)))
			.andExpect(jsonPath("$.content[*].code").value(hasItem("MAN1-LSL")))
			.andExpect(jsonPath("$.content[*].code").value(hasItem("MTSN2-BDL")))
			.andExpect(jsonPath("$.content[*].code").value(not(hasItem("MAN2-TDT"))));
	}

	@Test
	void unitsArePagedWithAtMostFiveHundredPerPage() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("size", "2").param("page", "1").with(httpBasic("pembina", DEMO)))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.totalPages").value(4));
		this.mvc.perform(get("/api/v1/units").param("size", "501").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("size must be between 1 and 500, was 501"));
	}

	@Test
	void anonymousCallsGetAProblemAndABasicChallenge() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("pembina", "salah"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiIsStatelessAndNeedsNoCsrfToken() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("pembina", DEMO)))
			.andExpect(header().doesNotExist("Set-Cookie"));
		this.mvc.perform(post("/api/v1/tidak-ada").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void openApiDescriptionIsServedToSignedInUsers() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user(this.users.loadUserByUsername("anggota"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
	}

}
