package id.ruangzi.catalogue.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The LKE as versioned data: a version in use is read-only, a clone carries every item
 * and gate and can change its gates without code, and new programmes use the current
 * version.
 */
@IntegrationTest
@Transactional
class TemplateAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theTemplateInUseIsReadOnly() throws Exception {
		this.mvc.perform(get("/admin/templates/" + current()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LKE ZI PermenPANRB 90/2021")))
			.andExpect(content().string(containsString("PPA1A")))
			.andExpect(content().string(containsString("Hanya baca: dipakai oleh 2 program.")));
		this.mvc
			.perform(post("/admin/templates/" + current() + "/gates").with(admin())
				.with(csrf())
				.param("predicate", "WBK")
				.param("gate", "TOTAL")
				.param("threshold", "70"))
			.andExpect(flash().attribute("flashError", "catalogue.gate.refused"));
		assertThat(this.jdbc
			.sql("select threshold from lke_gate where template_id = " + current()
					+ " and predicate = 'WBK' and gate = 'TOTAL'")
			.query(String.class)
			.single()).isEqualTo("75.0000");
	}

	@Test
	void aCloneCarriesEveryItemAndGateAndItsGatesChangeWithoutCode() throws Exception {
		long source = current();
		this.mvc
			.perform(post("/admin/templates/" + source + "/clone").with(admin())
				.with(csrf())
				.param("code", "lke-2021-wbbm-longgar")
				.param("name", "LKE 2021 dengan ambang WBBM 18,25"))
			.andExpect(flash().attribute("flashSuccess", "catalogue.template.cloned"));
		long clone = this.jdbc.sql("select id from lke_template where code = 'LKE-2021-WBBM-LONGGAR'")
			.query(Long.class)
			.single();
		for (String table : new String[] { "lke_item", "lke_gate", "lke_area", "lke_sub_indicator" }) {
			assertThat(count("select count(*) from " + table + " where template_id = " + clone))
				.isEqualTo(count("select count(*) from " + table + " where template_id = " + source));
		}
		assertThat(count(
				"select count(*) from lke_option o join lke_item i on i.id = o.item_id where i.template_id = " + clone))
			.isEqualTo(count("select count(*) from lke_option o join lke_item i on i.id = o.item_id "
					+ "where i.template_id = " + source));

		this.mvc
			.perform(post("/admin/templates/" + clone + "/gates").with(admin())
				.with(csrf())
				.param("predicate", "WBBM")
				.param("gate", "BERSIH_AKUNTABEL")
				.param("threshold", "18.25"))
			.andExpect(flash().attribute("flashSuccess", "catalogue.gate.saved"));
		this.mvc.perform(post("/admin/templates/" + clone + "/current").with(admin()).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "catalogue.template.madeCurrent"));

		String created = this.mvc
			.perform(post("/api/v1/programmes").with(httpBasic("admin", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"MIN1-BDL\",\"year\":2028,\"target\":\"WBK\"}"))
			.andExpect(jsonPath("$.templateId").value(clone))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceFirst(".*\"id\":(\\d+).*", "$1");
		this.mvc.perform(get("/api/v1/programmes/" + id + "/score").with(httpBasic("admin", "ruangzi-demo")))
			.andExpect(
					jsonPath("$.gates.WBBM.checks[?(@.gate == 'BERSIH_AKUNTABEL')].threshold").value(hasItem(18.25)));
	}

	@Test
	void aClonesItemsChangeTheirTextsOptionValuesAndWeightsAndTheEngineFollows() throws Exception {
		this.mvc.perform(post("/admin/templates/" + current() + "/clone").with(admin())
			.with(csrf())
			.param("code", "LKE-UJI-BUTIR")
			.param("name", "LKE uji butir"));
		long clone = count("select id from lke_template where code = 'LKE-UJI-BUTIR'");
		this.mvc.perform(get("/admin/templates/" + clone + "/items/PPA1B").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penentuan anggota Tim dipilih")));
		this.mvc
			.perform(post("/admin/templates/" + clone + "/items/PPA1B").with(admin())
				.with(csrf())
				.param("question", "Anggota Tim dipilih dengan prosedur yang jelas")
				.param("typicalEvidence", "SK Tim; Notulen")
				.param("subIndicatorWeight", "0.60")
				.param("optionLabels", "Semua unsur", "Sebagian unsur", "Tidak diseleksi")
				.param("optionValues", "1", "0.40", "0"))
			.andExpect(flash().attribute("flashSuccess", "catalogue.item.saved"));
		this.mvc.perform(post("/admin/templates/" + clone + "/current").with(admin()).with(csrf()));

		String created = this.mvc
			.perform(post("/api/v1/programmes").with(httpBasic("admin", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"MIN1-BDL\",\"year\":2029,\"target\":\"WBK\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceFirst(".*\"id\":(\\d+).*", "$1");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/programmes/" + id + "/answers/PPA1B")
				.with(httpBasic("admin", "ruangzi-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"option\":\"B\"}"))
			.andExpect(jsonPath("$.items[?(@.code == 'PPA1B')].value").value(hasItem(0.40)))
			.andExpect(jsonPath("$.items[?(@.code == 'PPA1B')].score").value(hasItem(0.12)))
			.andExpect(jsonPath("$.areas[0].weight").value(8.10));
	}

	@Test
	void anItemOfATemplateInUseCannotChange() throws Exception {
		this.mvc
			.perform(post("/admin/templates/" + current() + "/items/PPA1B").with(admin())
				.with(csrf())
				.param("question", "Diubah")
				.param("subIndicatorWeight", "0.50")
				.param("optionLabels", "a", "b", "c")
				.param("optionValues", "1", "0.5", "0"))
			.andExpect(flash().attribute("flashError", "catalogue.item.refused"));
	}

	@Test
	void aBadThresholdOrCodeIsRefusedWithAReason() throws Exception {
		this.mvc
			.perform(post("/admin/templates/" + current() + "/clone").with(admin())
				.with(csrf())
				.param("code", "x")
				.param("name", "Nama"))
			.andExpect(flash().attribute("flashError", "catalogue.template.cloneRefused"));
	}

	@Test
	void onlyAdministratorsManageTemplates() throws Exception {
		this.mvc.perform(get("/admin/templates").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(status().isForbidden());
	}

	private long current() {
		return count("select id from lke_template where current");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

}
