package id.ruangzi.identity.internal;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login throttling and the login log. Each test uses a user and a client address of its
 * own, so lockouts do not leak into other tests that share the application.
 */
@IntegrationTest
class LoginProtectionTests {

	private static final String PASSWORD = "kata-sandi-benar";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sixWrongPasswordsForKepalaLockTheUsernameAndTheRightPasswordIsRefusedWithAMessage() throws Exception {
		try {
			for (int i = 0; i < 6; i++) {
				this.mvc.perform(login("kepala", "salah-" + i, "10.0.0.1")).andExpect(unauthenticated());
			}
			MvcResult refused = this.mvc.perform(login("kepala", "ruangzi-demo", "10.0.0.2"))
				.andExpect(unauthenticated())
				.andReturn();

			this.mvc
				.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession()))
				.andExpect(content().string(containsString("Terlalu banyak percobaan masuk yang gagal")))
				.andExpect(content().string(containsString("Coba lagi dalam 15 menit")));
			this.mvc.perform(login("koordinator", "ruangzi-demo", "10.0.0.2"))
				.andExpect(authenticated().withUsername("koordinator"));
		}
		finally {
			// The demo user serves other tests of this application: lift the lockout.
			this.jdbc.sql("delete from login_attempt where username = 'kepala'").update();
		}
	}

	@Test
	void aLockedUsernameIsRefusedOverTheApiToo() throws Exception {
		createUser("kunci.api");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("kunci.api", "salah")).with(from("10.0.1.1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("kunci.api", PASSWORD)).with(from("10.0.1.2")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(containsString("Too many failed logins")));
	}

	@Test
	void fourWrongPasswordsStillLetTheRightOneIn() throws Exception {
		createUser("kunci.belum");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(login("kunci.belum", "salah", "10.0.2.1"));
		}
		this.mvc.perform(login("kunci.belum", PASSWORD, "10.0.2.1")).andExpect(authenticated());
	}

	@Test
	void guessingAcrossUsernamesFromOneAddressLocksThatAddress() throws Exception {
		createUser("kunci.alamat");
		for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
			this.mvc.perform(login("tebak" + i, "salah", "10.0.3.1"));
		}
		this.mvc.perform(login("kunci.alamat", PASSWORD, "10.0.3.1")).andExpect(unauthenticated());
		this.mvc.perform(login("kunci.alamat", PASSWORD, "10.0.3.2")).andExpect(authenticated());
	}

	@Test
	void everyLoginIsRecordedAndAdministratorsSeeTheLog() throws Exception {
		createUser("tercatat");
		this.mvc.perform(login("tercatat", "salah", "10.0.4.1"));
		this.mvc.perform(login("tercatat", PASSWORD, "10.0.4.1"));

		org.assertj.core.api.Assertions.assertThat(this.jdbc
			.sql("select outcome from login_attempt where username = 'tercatat' and address = '10.0.4.1' "
					+ "order by attempted_at")
			.query(String.class)
			.list()).containsExactly("FAILURE", "SUCCESS");
		this.mvc.perform(get("/admin/login-log").param("username", "tercatat").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10.0.4.1")))
			.andExpect(content().string(containsString("Gagal")))
			.andExpect(content().string(containsString("Berhasil")))
			.andExpect(content().string(not(containsString("kunci.satu"))));
	}

	@Test
	void onlyAdministratorsSeeTheLoginLog() throws Exception {
		this.mvc.perform(get("/admin/login-log").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
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
