package id.ruangzi.identity.web;

import java.util.Set;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.NewUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the real filter chain: a person's open session ends when an administrator
 * deactivates them.
 */
@IntegrationTest
class DeactivationEndsSessionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	UserDetailsService users;

	@Test
	void deactivatedUserLosesTheirOpenSession() throws Exception {
		long unit = this.organisation.findUnit("MTSN1-BDL").orElseThrow().id();
		this.identity.ensureUser(new NewUser("sesi.berakhir", "Sesi Berakhir", "kata-sandi-sesi",
				Set.of(new RoleGrant(Role.MEMBER, unit))));
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("sesi.berakhir").password("kata-sandi-sesi"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/sesi.berakhir/deactivate").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(formLogin().user("sesi.berakhir").password("kata-sandi-sesi"))
			.andExpect(redirectedUrl("/login?error"));
	}

}
