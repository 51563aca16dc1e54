package id.ruangzi.security;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile input against what exists today: SQL in search parameters, hidden fields that
 * try to set what a form does not own, and script in free text. Each case leaves the data
 * intact.
 */
@IntegrationTest
@Transactional
class AttackTests {

	private static final String[] SQL = { "' OR '1'='1", "x'; drop table unit; --", "%' union select 1 --",
			"\\\\'; select pg_sleep(5); --" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void sqlInSearchAndFilterParametersIsJustText() throws Exception {
		long units = count("unit");
		for (String attack : SQL) {
			this.mvc.perform(get("/admin/units").param("q", attack).with(as("admin"))).andExpect(status().isOk());
			this.mvc.perform(get("/admin/users").param("q", attack).with(as("admin"))).andExpect(status().isOk());
			this.mvc.perform(get("/admin/login-log").param("username", attack).with(as("admin")))
				.andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/units").param("under", attack).with(as("pembina")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/programmes").param("unitCode", attack).with(as("pembina")))
				.andExpect(status().isNotFound());
		}
		assertThat(count("unit")).isEqualTo(units);
	}

	@Test
	void hiddenFieldsCannotSetWhatTheFormDoesNotOwn() throws Exception {
		this.mvc
			.perform(post("/programmes").with(as("kepala"))
				.with(csrf())
				.param("unitCode", "MTSN2-BDL")
				.param("year", "2032")
				.param("target", "WBK")
				.param("stage", "DITETAPKAN_WBK")
				.param("id", "1")
				.param("templateId", "999")
				.param("score", "100"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.sql("select p.stage || '/' || (p.template_id = (select id from lke_template where current)) "
					+ "from programme p join unit u on u.id = p.unit_id where u.code = 'MTSN2-BDL' and p.year = 2032")
			.query(String.class)
			.single()).isEqualTo("PEMBANGUNAN/true");
	}

	@Test
	void scriptInFreeTextIsShownAsText() throws Exception {
		String script = "<script>alert('zi')</script><img src=x onerror=alert(1)>";
		this.mvc
			.perform(post("/programmes/1/items/PPA1A").with(as("kepala"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("option", "YA")
				.param("note", script))
			.andExpect(status().isOk());
		this.mvc.perform(get("/programmes/1/areas/A").with(as("kepala")))
			.andExpect(content().string(not(containsString(script))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;zi&#39;)&lt;/script&gt;")));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
