package id.ruangzi.assessment.web;

import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Programmes, answers and scores through the API. Each test runs in a rolled-back
 * transaction.
 */
@IntegrationTest
@Transactional
class ProgrammeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void allBestAnswersWithSurveyIndexesOfFourScoreOneHundredAndPassBothPredicatesScoreGates() throws Exception {
		long id = open("MIN1-BDL", 2027);
		for (Item item : LkeCsv.readPermenPanRb90().items()) {
			answer(id, item.code(), best(item)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/programmes/" + id + "/score").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(100.00))
			.andExpect(jsonPath("$.pengungkit").value(60.00))
			.andExpect(jsonPath("$.hasil").value(40.00))
			.andExpect(jsonPath("$.areas[0].code").value("A"))
			.andExpect(jsonPath("$.areas[0].percent").value(100.00))
			.andExpect(jsonPath("$.items.length()").value(113))
			.andExpect(jsonPath("$.gates.WBK.passed").value(true))
			.andExpect(jsonPath("$.gates.WBBM.checks[?(@.gate == 'TOTAL')].passed").value(hasItem(true)))
			.andExpect(jsonPath("$.gates.WBBM.checks[?(@.gate == 'PREDICATE_HELD')].passed").value(hasItem(false)));
	}

	@Test
	void ipkpOf319FailsTheWbkIpkpGateAnd320PassesIt() throws Exception {
		long id = open("MIN1-BDL", 2027);
		answer(id, "HPA", "{\"index\":3.19}").andExpect(status().isOk())
			.andExpect(jsonPath("$.gates.WBK.checks[?(@.gate == 'IPKP')].value").value(hasItem(13.96)))
			.andExpect(jsonPath("$.gates.WBK.checks[?(@.gate == 'IPKP')].passed").value(hasItem(false)));
		answer(id, "HPA", "{\"index\":3.20}").andExpect(status().isOk())
			.andExpect(jsonPath("$.gates.WBK.checks[?(@.gate == 'IPKP')].value").value(hasItem(14.00)))
			.andExpect(jsonPath("$.gates.WBK.checks[?(@.gate == 'IPKP')].passed").value(hasItem(true)));
	}

	@Test
	void invalidAnswersAreRefusedWithAProblemNamingTheItem() throws Exception {
		long id = open("MIN1-BDL", 2027);
		answer(id, "PPA1B", "{\"option\":\"F\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("PPA1B: ")));
		answer(id, "PRA1A", "{\"inputs\":{\"agen\":-1,\"perubahan\":2}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("PRA1A: ")));
		answer(id, "HBA", "{\"index\":4.5}").andExpect(status().isBadRequest());
		answer(id, "XYZ9", "{\"option\":\"A\"}").andExpect(status().isBadRequest());
		answer(id, "PPA1A", "{}").andExpect(status().isBadRequest());
		org.assertj.core.api.Assertions
			.assertThat(
					this.jdbc.sql("select count(*) from answer where programme_id = " + id).query(Long.class).single())
			.isZero();
	}

	@Test
	void clearingAnAnswerMakesTheItemScoreZeroAgainAndIsAudited() throws Exception {
		long id = open("MIN1-BDL", 2027);
		answer(id, "PPA1A", "{\"option\":\"YA\"}").andExpect(jsonPath("$.total").value(0.25));
		this.mvc.perform(delete("/api/v1/programmes/" + id + "/answers/PPA1A").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0.00));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc
				.sql("select coalesce(old_value, '-') || '>' || coalesce(new_value, '-') from answer_change "
						+ "where programme_id = " + id + " order by id")
				.query(String.class)
				.list())
			.containsExactly("->YA", "YA>-");
	}

	@Test
	void wbbmNeedsAHeldWbkPredicate() throws Exception {
		this.mvc
			.perform(post("/api/v1/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"MIN1-BDL\",\"year\":2027,\"target\":\"WBBM\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("WBK")));
	}

	@Test
	void aUnitWhoseWbkPredicateIsRecordedMayAimForWbbm() throws Exception {
		org.springframework.security.core.userdetails.UserDetails admin = this.users.loadUserByUsername("admin");
		this.mvc
			.perform(post("/admin/units/MIN1-BDL/predicate").with(user(admin))
				.with(csrf())
				.param("predicate", "WBK")
				.param("year", ""))
			.andExpect(flash().attribute("flashError", "organisation.unit.predicate.yearRequired"));
		this.mvc
			.perform(post("/admin/units/MIN1-BDL/predicate").with(user(admin))
				.with(csrf())
				.param("predicate", "WBK")
				.param("year", "2024"))
			.andExpect(flash().attribute("flashSuccess", "organisation.unit.predicate.saved"));
		this.mvc
			.perform(post("/api/v1/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"MIN1-BDL\",\"year\":2027,\"target\":\"WBBM\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.target").value("WBBM"));
	}

	@Test
	void onlyTheUnitsOwnPeopleAndItsSupervisorsSeeItsProgramme() throws Exception {
		long id = demoProgramme("MTSN2-BDL");
		this.mvc.perform(get("/api/v1/programmes/" + id + "/score").with(httpBasic("pembina", "ruangzi-demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/programmes/" + id + "/score").with(httpBasic("kepala.man2", "ruangzi-demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/programmes").param("unitCode", "MAN2-TDT").with(httpBasic("pembina", "ruangzi-demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/programmes/" + id + "/answers/PPA1A").with(httpBasic("anggota", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"option\":\"YA\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/programmes/1/answers/PPB1A").with(httpBasic("koordinator", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"option\":\"A\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc
			.perform(put("/api/v1/programmes/" + id + "/answers/PPA1A").with(httpBasic("pembina", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"option\":\"YA\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/programmes").with(httpBasic("anggota", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"MTSN2-BDL\",\"year\":2030,\"target\":\"WBK\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoProgrammesAreAnsweredAsDescribed() throws Exception {
		long mtsn = demoProgramme("MTSN2-BDL");
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc
				.sql("select count(*) from answer where programme_id = " + mtsn + " and (option_letter is not null "
						+ "or inputs is not null or survey_index is not null)")
				.query(Long.class)
				.single())
			.as("three items in five")
			.isEqualTo(69);
		this.mvc
			.perform(get("/api/v1/programmes/" + demoProgramme("MAN2-TDT") + "/gaps")
				.with(httpBasic("kepala.man2", "ruangzi-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value("WBK"));
	}

	private long demoProgramme(String unitCode) {
		return this.jdbc
			.sql("select p.id from programme p join unit u on u.id = p.unit_id where u.code = :code and p.year = 2026")
			.param("code", unitCode)
			.query(Long.class)
			.single();
	}

	private long open(String unitCode, int year) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/programmes").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"" + unitCode + "\",\"year\":" + year + ",\"target\":\"WBK\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("PEMBANGUNAN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceFirst(".*\"id\":(\\d+).*", "$1"));
	}

	private org.springframework.test.web.servlet.ResultActions answer(long id, String itemCode, String json)
			throws Exception {
		return this.mvc.perform(put("/api/v1/programmes/" + id + "/answers/" + itemCode).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String best(Item item) {
		return switch (item.answerType()) {
			case SURVEY_INDEX -> "{\"index\":4.00}";
			case NUMERIC -> "{\"inputs\":{" + String.join(",",
					item.inputs().stream().map((input) -> "\"" + input.key() + "\":" + fullMarks(input.key())).toList())
					+ "}}";
			default -> "{\"option\":\"" + item.options().get(0).letter() + "\"}";
		};
	}

	// Inputs that give every NUMERIC formula the value 1: all counts 1, nothing got worse
	// this
	// year, and all three who must report did.
	private static int fullMarks(String key) {
		return switch (key) {
			case "tahun_ini" -> 0;
			case "sudah" -> 3;
			default -> 1;
		};
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "ruangzi-demo");
	}

}
