package id.ruangzi.identity.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Role;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit head gives pokja roles in their own unit, and nothing more.
 */
@IntegrationTest
@Transactional
class UnitPeopleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void unitHeadSeesThePeopleOfTheirUnit() throws Exception {
		this.mvc.perform(get("/units/MTSN2-BDL/people").with(user(demo("kepala"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dewi Lestari, S.Kom.")))
			.andExpect(content().string(containsString("Rudi Hartono, S.Pd.")));
	}

	@Test
	void unitHeadAssignsMemberInOwnUnit() throws Exception {
		this.mvc
			.perform(post("/units/MTSN2-BDL/people").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "kepala.man2")
				.param("role", "MEMBER"))
			.andExpect(redirectedUrl("/units/MTSN2-BDL/people"));
		assertThat(demo("kepala.man2").grants()).extracting((grant) -> grant.role())
			.containsExactlyInAnyOrder(Role.UNIT_HEAD, Role.MEMBER);
	}

	@Test
	void unitHeadIsRefusedTheSupervisorRole() throws Exception {
		this.mvc
			.perform(post("/units/MTSN2-BDL/people").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "anggota")
				.param("role", "SUPERVISOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "identity.role.notAllowed"));
		assertThat(demo("anggota").grants()).hasSize(1);
	}

	@Test
	void unitHeadCannotTakeAwayTheirOwnHeadRole() throws Exception {
		this.mvc
			.perform(post("/units/MTSN2-BDL/people/remove").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "kepala")
				.param("role", "UNIT_HEAD"))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitHeadCannotAssignInAnotherUnit() throws Exception {
		this.mvc
			.perform(post("/units/MAN2-TDT/people").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "anggota")
				.param("role", "MEMBER"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/units/MIN1-BDL/people").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "anggota")
				.param("role", "MEMBER"))
			.andExpect(status().isNotFound());
	}

	@Test
	void unknownUsernameGivesAFieldError() throws Exception {
		this.mvc
			.perform(post("/units/MTSN2-BDL/people").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "tidak.ada")
				.param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "username", "identity.user.unknown"));
	}

	@Test
	void unitHeadRemovesAPokjaRole() throws Exception {
		this.mvc
			.perform(post("/units/MTSN2-BDL/people/remove").with(user(demo("kepala")))
				.with(csrf())
				.param("username", "koordinator")
				.param("role", "COORDINATOR"))
			.andExpect(redirectedUrl("/units/MTSN2-BDL/people"));
		assertThat(demo("koordinator").grants()).isEmpty();
	}

	@Test
	void administratorMayGiveTheUnitHeadRole() throws Exception {
		this.mvc
			.perform(post("/units/MAN1-BDL/people").with(user(demo("admin")))
				.with(csrf())
				.param("username", "anggota")
				.param("role", "UNIT_HEAD"))
			.andExpect(redirectedUrl("/units/MAN1-BDL/people"));
		assertThat(demo("anggota").grants()).hasSize(2);
	}

	private CurrentUser demo(String username) {
		return (CurrentUser) this.userDetailsService.loadUserByUsername(username);
	}

}
