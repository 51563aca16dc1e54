package id.ruangzi.security;

import java.util.Set;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.NewUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing through the API's HTTP Basic is throttled exactly like the login form
 * (README: 5 failures per username or 20 per address within 15 minutes lock for 15
 * minutes), and both doors share one count, so an attacker cannot split guesses between
 * them. Already covered elsewhere: the form's username lock
 * ({@code LoginProtectionTests#sixWrongPasswordsForKepalaLockTheUsernameAndTheRightPasswordIsRefusedWithAMessage}),
 * the form's address lock
 * ({@code LoginProtectionTests#guessingAcrossUsernamesFromOneAddressLocksThatAddress}),
 * the API's username lock
 * ({@code LoginProtectionTests#aLockedUsernameIsRefusedOverTheApiToo}) and the window
 * arithmetic ({@code LoginThrottleTests}). Each test has its own users and addresses so
 * no lock leaks into other tests.
 */
@IntegrationTest
class BruteForceTests {

	private static final String PASSWORD = "kata-sandi-benar";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Protection: the address limit in {@code ThrottlingAuthenticationProvider}, which
	 * serves HTTP Basic too. Without it, 20 wrong guesses over the API would leave the
	 * address free to go on.
	 */
	@Test
	void twentyBasicAuthGuessesAcrossUsernamesLockTheAddressForTheApiAndTheForm() throws Exception {
		createUser("bf.alamat.api");
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("tebak.api" + i, "salah")).with(from("10.9.1.1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.alamat.api", PASSWORD)).with(from("10.9.1.1")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(containsString("Too many failed logins")));
		this.mvc.perform(login("bf.alamat.api", PASSWORD, "10.9.1.1")).andExpect(unauthenticated());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.alamat.api", PASSWORD)).with(from("10.9.1.2")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from login_attempt where address = '10.9.1.1' and outcome = 'LOCKED'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * Protection: one count of failures per username for both doors. Three wrong
	 * passwords on the form and two over the API lock the username everywhere.
	 */
	@Test
	void failuresOnTheFormAndOverTheApiCountTogetherForAUsername() throws Exception {
		createUser("bf.campur");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(login("bf.campur", "salah", "10.9.2." + i)).andExpect(unauthenticated());
		}
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.campur", "salah")).with(from("10.9.3." + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.campur", PASSWORD)).with(from("10.9.4.1")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(containsString("Too many failed logins")));
		this.mvc.perform(login("bf.campur", PASSWORD, "10.9.4.2")).andExpect(unauthenticated());
	}

	/**
	 * Protection: four failures stay under the limit on the API as on the form, so the
	 * throttle does not lock out a person who mistyped (the test fails if the limit were
	 * set lower, or counted successes).
	 */
	@Test
	void fourWrongBasicAuthPasswordsStillLetTheRightOneIn() throws Exception {
		createUser("bf.empat");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.empat", "salah")).with(from("10.9.5.1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("bf.empat", PASSWORD)).with(from("10.9.5.1")))
			.andExpect(status().isOk());
		this.mvc.perform(login("bf.empat", PASSWORD, "10.9.5.1")).andExpect(authenticated());
	}

	private void createUser(String username) {
		long unit = this.organisation.findUnit("MIN1-BDL").orElseThrow().id();
		this.identity.ensureUser(
				new NewUser(username, "Penguji " + username, PASSWORD, Set.of(new RoleGrant(Role.MEMBER, unit))));
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
