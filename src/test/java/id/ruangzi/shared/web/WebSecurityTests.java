package id.ruangzi.shared.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The real security configuration against the real database of demo users.
 */
@IntegrationTest
class WebSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Test
	void anonymousIsRedirectedToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageSpeaksIndonesianByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masuk ke Ruang ZI")))
			.andExpect(content().string(containsString("Kata sandi")));
	}

	@Test
	void loginPageSpeaksEnglishOnRequestAndRemembersIt() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Log in to Ruang ZI")))
			.andExpect(header().string("Set-Cookie", containsString("ruangzi-lang=en")));
	}

	@Test
	void demoUserLogsInWithTheDemoPassword() throws Exception {
		this.mvc.perform(formLogin().user("kepala").password("ruangzi-demo"))
			.andExpect(authenticated().withUsername("kepala"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin().user("anggota").password("salah"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "kepala").param("password", "ruangzi-demo"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void homeGreetsTheUserWithTheirUnitAndRole() throws Exception {
		this.mvc.perform(get("/").with(user(demoUser("kepala"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Selamat datang, Hj. Siti Rahmawati")))
			.andExpect(content().string(containsString("Kepala unit pada MTsN 2 Bandar Lampung")));
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	// MockMvc does not dispatch to the error page; the browser tests show the rendered
	// page.
	@Test
	void unknownUrlAnswersNotFound() throws Exception {
		this.mvc.perform(get("/tidak-ada").with(user(demoUser("kepala"))).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", true));
	}

	@Test
	void otherActuatorEndpointsNeedAnAdministrator() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isFound());
		this.mvc.perform(get("/actuator/env").with(user(demoUser("kepala")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/env").with(user(demoUser("admin")))).andExpect(status().isOk());
	}

	@Test
	void staticAssetsArePublic() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
	}

	private UserDetails demoUser(String username) {
		return this.userDetailsService.loadUserByUsername(username);
	}

}
