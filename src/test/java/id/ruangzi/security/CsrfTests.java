package id.ruangzi.security;

import java.io.IOException;
import java.util.stream.Stream;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cross-site request forgery. A request without a token on every state-changing page
 * route is refused by
 * {@code RouteInventoryTests#everyStateChangingPageRouteRefusesARequestWithoutTheCsrfToken}
 * (data-driven from the route csv files, so a new route is covered automatically), and
 * the login form by {@code WebSecurityTests#loginWithoutCsrfTokenIsRefused}. This suite
 * adds a forged token on every such route, logout, and proves that the API's exemption is
 * safe: the API never accepts the browser's session, so a forged cross-site request to it
 * carries no identity.
 */
@IntegrationTest
@Transactional
class CsrfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	/**
	 * Protection: Spring Security's CSRF filter compares the token, not only its
	 * presence.
	 */
	@TestFactory
	Stream<DynamicTest> everyStateChangingPageRouteRefusesAForgedToken() throws IOException {
		return RouteInventoryTests.declarations()
			.stream()
			.filter((declaration) -> !declaration.method().equals("GET") && !declaration.pattern().startsWith("/api/"))
			.map((declaration) -> DynamicTest.dynamicTest(declaration.route() + " with a forged token -> 403",
					() -> assertThat(this.mvc
						.perform(request(HttpMethod.valueOf(declaration.method()), declaration.sample())
							.with(csrf().useInvalidToken())
							.with(user(this.users.loadUserByUsername("admin"))))
						.andReturn()
						.getResponse()
						.getStatus()).as(declaration.route()).isEqualTo(403)));
	}

	/**
	 * Protection: the API chain is stateless ({@code SessionCreationPolicy.STATELESS}),
	 * so its disabled CSRF check opens nothing: with only the session cookie a browser
	 * would send along, the API answers 401 for reading and writing alike.
	 */
	@Test
	void theApiIgnoresTheBrowserSessionSoItNeedsNoCsrfToken() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("kepala").password("ruangzi-demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/programmes/1/submit").session(session)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").session(session)
				.contentType("application/json")
				.content("{\"title\":\"Palsu\",\"areaCode\":\"A\"}"))
			.andExpect(status().isUnauthorized());
	}

	/**
	 * Protection: logout is a POST with the token, so another site cannot sign a person
	 * out (a nuisance that also drops their unsaved work).
	 */
	@Test
	void logoutWithoutTheTokenIsRefusedAndTheSessionLives() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin().user("guru").password("ruangzi-demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/logout").session(session)).andReturn();
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
	}

}
