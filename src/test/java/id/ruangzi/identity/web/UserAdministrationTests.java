package id.ruangzi.identity.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.UserAccount;
import id.ruangzi.identity.internal.UserAccountRepository;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage people: create, edit, deactivate, reset passwords and roles.
 */
@IntegrationTest
@Transactional
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	UserAccountRepository users;

	@Autowired
	SessionRegistry sessionRegistry;

	@Test
	void userListShowsRolesWithUnitNamesAndFiltersBySearch() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", "KEPALA").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepala unit pada MTsN 2 Bandar Lampung")))
			.andExpect(content().string(containsString("kepala.man2")))
			.andExpect(content().string(not(containsString("pembina.tdt"))));
	}

	@Test
	void searchTreatsLikeWildcardsAsPlainText() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", "%").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak ada pengguna yang cocok.")));
	}

	@Test
	void createUserWithInvalidNipGivesAFieldError() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(demo("admin")))
				.with(csrf())
				.param("username", "baru")
				.param("fullName", "Pegawai Baru")
				.param("nip", "12345")
				.param("email", "baru@example.go.id")
				.param("password", "rahasia-panjang"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("userForm", "nip"))
			.andExpect(content().string(containsString("NIP harus tepat 18 angka.")));
		assertThat(this.users.existsByUsernameIgnoreCase("baru")).isFalse();
	}

	@Test
	void createUserRefusesATakenUsernameAndAPasswordEqualToIt() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(demo("admin")))
				.with(csrf())
				.param("username", "Kepala")
				.param("fullName", "Orang Lain")
				.param("password", "rahasia-panjang"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "identity.user.username.taken"));
		this.mvc
			.perform(post("/admin/users").with(user(demo("admin")))
				.with(csrf())
				.param("username", "pegawai.baru")
				.param("fullName", "Pegawai Baru")
				.param("password", "PEGAWAI.BARU"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "password", "identity.password.equalsUsername"));
	}

	@Test
	void createdUserKeepsNipWithoutSpacesAndCanLogIn() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(demo("admin")))
				.with(csrf())
				.param("username", "pegawai.baru")
				.param("fullName", "Pegawai Baru")
				.param("nip", "19800101 200501 1 001")
				.param("email", "pegawai@kemenag.go.id")
				.param("phone", "+62 721 123456")
				.param("password", "rahasia-panjang"))
			.andExpect(redirectedUrl("/admin/users/pegawai.baru"));
		UserAccount created = this.users.findByUsernameIgnoreCase("pegawai.baru").orElseThrow();
		assertThat(created.getNip()).isEqualTo("198001012005011001");
		assertThat(created.isMustChangePassword()).isFalse();
		this.mvc.perform(formLogin().user("pegawai.baru").password("rahasia-panjang"))
			.andExpect(authenticated().withUsername("pegawai.baru"));
	}

	@Test
	void editWithTheCurrentVersionSavesTheDetails() throws Exception {
		long version = this.users.findByUsernameIgnoreCase("anggota").orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/anggota").with(user(demo("admin")))
				.with(csrf())
				.param("fullName", "Dewi Lestari, S.Kom., M.T.")
				.param("email", "dewi@mtsn2bdl.sch.id")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users/anggota"));
		assertThat(this.users.findByUsernameIgnoreCase("anggota").orElseThrow().getEmail())
			.isEqualTo("dewi@mtsn2bdl.sch.id");
	}

	@Test
	void staleEditAnswersConflict() throws Exception {
		long version = this.users.findByUsernameIgnoreCase("anggota").orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/anggota").with(user(demo("admin")))
				.with(csrf())
				.param("fullName", "Nama Lama")
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data telah diubah orang lain")));
	}

	@Test
	void unknownUserAnswersNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/tidak.ada").with(user(demo("admin")))).andExpect(status().isNotFound());
	}

	@Test
	void deactivateMarksSessionsExpiredAndTheUserCanNoLongerLogIn() throws Exception {
		CurrentUser member = demo("anggota");
		this.sessionRegistry.registerNewSession("anggota-session-1", member);
		this.sessionRegistry.registerNewSession("kepala-session-1", demo("kepala"));
		try {
			this.mvc.perform(post("/admin/users/anggota/deactivate").with(user(demo("admin"))).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/anggota"));
			assertThat(this.sessionRegistry.getSessionInformation("anggota-session-1").isExpired()).isTrue();
			assertThat(this.sessionRegistry.getSessionInformation("kepala-session-1").isExpired()).isFalse();
			this.mvc.perform(formLogin().user("anggota").password("ruangzi-demo")).andExpect(unauthenticated());

			this.mvc.perform(post("/admin/users/anggota/activate").with(user(demo("admin"))).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/anggota"));
			this.mvc.perform(formLogin().user("anggota").password("ruangzi-demo"))
				.andExpect(authenticated().withUsername("anggota"));
		}
		finally {
			this.sessionRegistry.removeSessionInformation("anggota-session-1");
			this.sessionRegistry.removeSessionInformation("kepala-session-1");
		}
	}

	@Test
	void administratorCannotDeactivateThemselves() throws Exception {
		this.mvc.perform(post("/admin/users/admin/deactivate").with(user(demo("admin"))).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/admin"));
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().isActive()).isTrue();
	}

	@Test
	void resetPasswordRefusesAShortTemporaryPassword() throws Exception {
		this.mvc
			.perform(post("/admin/users/anggota/reset-password").with(user(demo("admin")))
				.with(csrf())
				.param("password", "pendek"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("resetForm", "password"));
	}

	@Test
	void administratorAddsAndRemovesARoleOnAUnit() throws Exception {
		this.mvc
			.perform(post("/admin/users/anggota/roles").with(user(demo("admin")))
				.with(csrf())
				.param("role", "COORDINATOR")
				.param("unitCode", "MIN1-BDL"))
			.andExpect(redirectedUrl("/admin/users/anggota"));
		this.mvc.perform(get("/admin/users/anggota").with(user(demo("admin"))))
			.andExpect(content().string(containsString("Koordinator pokja pada MIN 1 Bandar Lampung")));
		this.mvc
			.perform(post("/admin/users/anggota/roles/remove").with(user(demo("admin")))
				.with(csrf())
				.param("role", "COORDINATOR")
				.param("unitCode", "MIN1-BDL"))
			.andExpect(redirectedUrl("/admin/users/anggota"));
		assertThat(demo("anggota").grants()).hasSize(1);
	}

	@Test
	void addingARoleOnAnUnknownUnitGivesAFieldError() throws Exception {
		this.mvc
			.perform(post("/admin/users/anggota/roles").with(user(demo("admin")))
				.with(csrf())
				.param("role", "MEMBER")
				.param("unitCode", "TIDAK-ADA"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roleForm", "unitCode", "identity.unit.unknown"));
	}

	@Test
	void administratorRoleCanBeGivenAndTakenAway() throws Exception {
		this.mvc.perform(
				post("/admin/users/kepala/roles").with(user(demo("admin"))).with(csrf()).param("role", "ADMINISTRATOR"))
			.andExpect(redirectedUrl("/admin/users/kepala"));
		assertThat(demo("kepala").isAdministrator()).isTrue();
		this.mvc
			.perform(post("/admin/users/kepala/roles/remove").with(user(demo("admin")))
				.with(csrf())
				.param("role", "ADMINISTRATOR"))
			.andExpect(redirectedUrl("/admin/users/kepala"));
		assertThat(demo("kepala").isAdministrator()).isFalse();
		assertThat(demo("kepala").grants()).hasSize(1);
	}

	private CurrentUser demo(String username) {
		return (CurrentUser) this.userDetailsService.loadUserByUsername(username);
	}

}
