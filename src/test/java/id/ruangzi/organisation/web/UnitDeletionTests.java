package id.ruangzi.organisation.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Deleting a unit other data refers to. Not in a test transaction: the database refuses
 * the delete and the service's own transaction must roll back, so the test commits and
 * cleans up after itself.
 */
@IntegrationTest
class UnitDeletionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheTestUnit() {
		this.jdbc.sql("delete from role_assignment where unit_id in (select id from unit where code = 'KUA-HAPUS')")
			.update();
		this.jdbc.sql("delete from unit where code = 'KUA-HAPUS'").update();
	}

	@Test
	void unitReferencedByARoleAssignmentIsKeptAndTheAdminIsToldToDeactivateIt() throws Exception {
		this.jdbc.sql("""
				insert into unit (instansi_id, parent_id, code, name, type, path, depth)
				select instansi_id, id, 'KUA-HAPUS', 'KUA Hapus', 'KUA', path, depth + 1
				from unit where code = 'KANKEMENAG-BDL'
				""").update();
		this.jdbc.sql("update unit set path = path || id || '/' where code = 'KUA-HAPUS'").update();
		this.jdbc.sql("""
				insert into role_assignment (user_id, role, unit_id)
				select a.id, 'MEMBER', u.id from user_account a, unit u
				where a.username = 'anggota' and u.code = 'KUA-HAPUS'
				""").update();

		this.mvc
			.perform(post("/admin/units/KUA-HAPUS/delete").with(csrf())
				.with(user(this.userDetailsService.loadUserByUsername("admin"))))
			.andExpect(redirectedUrl("/admin/units/KUA-HAPUS"))
			.andExpect(flash().attribute("flashError", "organisation.unit.delete.inUse"));

		assertThat(this.jdbc.sql("select count(*) from unit where code = 'KUA-HAPUS'").query(Long.class).single())
			.isOne();
	}

}
