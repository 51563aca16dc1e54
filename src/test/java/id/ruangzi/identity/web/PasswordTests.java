package id.ruangzi.identity.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.UserAccountRepository;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everyone changes their own password; after a reset nobody gets past the change page.
 */
@IntegrationTest
@Transactional
class PasswordTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	UserAccountRepository users;

	@Test
	void ownPasswordMustHaveTenCharacters() throws Exception {
		change("koordinator", "ruangzi-demo", "pendek", "pendek")
			.andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
	}

	@Test
	void ownPasswordMustNotEqualTheUsername() throws Exception {
		change("koordinator", "ruangzi-demo", "Koordinator", "Koordinator").andExpect(
				model().attributeHasFieldErrorCode("passwordForm", "newPassword", "identity.password.equalsUsername"));
	}

	@Test
	void wrongCurrentPasswordIsRefused() throws Exception {
		change("koordinator", "salah-sekali", "kata-sandi-baru", "kata-sandi-baru").andExpect(model()
			.attributeHasFieldErrorCode("passwordForm", "currentPassword", "identity.password.wrongCurrent"));
	}

	@Test
	void newPasswordMustDifferFromTheCurrentOneAndBeRepeatedExactly() throws Exception {
		change("koordinator", "ruangzi-demo", "ruangzi-demo", "ruangzi-demo").andExpect(
				model().attributeHasFieldErrorCode("passwordForm", "newPassword", "identity.password.sameAsCurrent"));
		change("koordinator", "ruangzi-demo", "kata-sandi-baru", "kata-sandi-lain").andExpect(
				model().attributeHasFieldErrorCode("passwordForm", "confirmation", "identity.password.mismatch"));
	}

	@Test
	void ownPasswordChangeTakesEffectAtTheNextLogin() throws Exception {
		change("koordinator", "ruangzi-demo", "kata-sandi-baru", "kata-sandi-baru").andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("koordinator").password("kata-sandi-baru"))
			.andExpect(authenticated().withUsername("koordinator"));
	}

	@Test
	void resetPasswordForcesTheChangePageUntilTheUserChangesIt() throws Exception {
		this.mvc
			.perform(post("/admin/users/anggota/reset-password").with(user(demo("admin")))
				.with(csrf())
				.param("password", "sementara-123"))
			.andExpect(redirectedUrl("/admin/users/anggota"));
		assertThat(demo("anggota").mustChangePassword()).isTrue();

		MvcResult login = this.mvc.perform(formLogin().user("anggota").password("sementara-123"))
			.andExpect(authenticated().withUsername("anggota"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
		// Pages the role may not use stay forbidden; the password change does not open
		// them.
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/units/MTSN2-BDL/people").session(session).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect((result) -> assertThat(result.getResponse().getHeader("HX-Redirect"))
				.isEqualTo("/account/password"));
		this.mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "sementara-123")
				.param("newPassword", "pilihan-saya-sendiri")
				.param("confirmation", "pilihan-saya-sendiri"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.users.findByUsernameIgnoreCase("anggota").orElseThrow().isMustChangePassword()).isFalse();
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions change(String username, String current,
			String newPassword, String confirmation) throws Exception {
		return this.mvc.perform(post("/account/password").with(user(demo(username)))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmation", confirmation));
	}

	private CurrentUser demo(String username) {
		return (CurrentUser) this.userDetailsService.loadUserByUsername(username);
	}

}
