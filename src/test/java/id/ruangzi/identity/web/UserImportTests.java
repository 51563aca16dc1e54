package id.ruangzi.identity.web;

import java.nio.charset.StandardCharsets;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.internal.ImportPreview;
import id.ruangzi.identity.internal.RowProblem;
import id.ruangzi.identity.internal.UserAccountRepository;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV import previews every problem by row and applies all rows or none.
 */
@IntegrationTest
@Transactional
class UserImportTests {

	private static final String HEADER = "username,full_name,nip,email,phone,password,roles\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	UserAccountRepository users;

	@Test
	void goodFileImportsUsersWithTheirRolesAndAFirstLoginPasswordChange() throws Exception {
		String csv = HEADER + "guru.satu,Guru Satu,198001012005011001,guru1@mtsn2bdl.sch.id,0721 123456,"
				+ "sandi-awal-satu,UNIT_HEAD@MTSN2-BDL;MEMBER@MIN1-BDL\n"
				+ "\"admin.dua\",\"Admin, Dua\",,,,sandi-awal-dua,ADMINISTRATOR\n";
		MockHttpSession session = new MockHttpSession();
		ImportPreview preview = preview(csv, session);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.people()).extracting(ImportPreview.ImportedPerson::username)
			.containsExactly("guru.satu", "admin.dua");

		this.mvc
			.perform(post("/admin/users/import/apply").session(session)
				.with(user(demo("admin")))
				.with(csrf())
				.param("digest", preview.digest()))
			.andExpect(redirectedUrl("/admin/users"));

		CurrentUser teacher = demo("guru.satu");
		assertThat(teacher.mustChangePassword()).isTrue();
		assertThat(teacher.grants()).extracting((grant) -> grant.role())
			.containsExactlyInAnyOrder(Role.UNIT_HEAD, Role.MEMBER);
		assertThat(demo("admin.dua").isAdministrator()).isTrue();
		assertThat(demo("admin.dua").fullName()).isEqualTo("Admin, Dua");
	}

	@Test
	void fileWithOneBadRowChangesNothingAndNamesTheRow() throws Exception {
		long before = this.users.count();
		String csv = HEADER + "guru.satu,Guru Satu,,,,sandi-awal-satu,MEMBER@MTSN2-BDL\n"
				+ "guru.dua,Guru Dua,12345,,,sandi-awal-dua,MEMBER@MTSN2-BDL\n";
		MockHttpSession session = new MockHttpSession();
		MvcResult result = this.mvc
			.perform(multipart("/admin/users/import").file(file(csv))
				.session(session)
				.with(user(demo("admin")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baris 3: NIP harus tepat 18 angka.")))
			.andReturn();
		ImportPreview preview = (ImportPreview) result.getModelAndView().getModel().get("preview");
		assertThat(preview.applicable()).isFalse();

		this.mvc
			.perform(post("/admin/users/import/apply").session(session)
				.with(user(demo("admin")))
				.with(csrf())
				.param("digest", preview.digest()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baris 3: NIP harus tepat 18 angka.")));
		assertThat(this.users.count()).isEqualTo(before);
		assertThat(this.users.existsByUsernameIgnoreCase("guru.satu")).isFalse();
	}

	@Test
	void everyKindOfProblemIsReportedWithItsRow() throws Exception {
		String csv = HEADER + "kepala,Sudah Ada,,,,sandi-awal-satu,\n" + "baru.a,Baru A,,bukan-surel,,sandi-awal-a,\n"
				+ "baru.a,Baru A Lagi,,,,sandi-awal-b,\n" + "baru.b,Baru B,,,,pendek,\n"
				+ "baru.c,Baru C,,,,sandi-awal-c,KEPALA@MTSN2-BDL\n"
				+ "baru.d,Baru D,,,,sandi-awal-d,MEMBER@TIDAK-ADA\n";
		ImportPreview preview = preview(csv, new MockHttpSession());
		assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "identity.user.username.taken"),
					org.assertj.core.groups.Tuple.tuple(3, "identity.user.email.invalid"),
					org.assertj.core.groups.Tuple.tuple(4, "identity.import.error.duplicateInFile"),
					org.assertj.core.groups.Tuple.tuple(5, "identity.password.tooShort"),
					org.assertj.core.groups.Tuple.tuple(6, "identity.import.error.role"),
					org.assertj.core.groups.Tuple.tuple(7, "identity.import.error.unit"));
	}

	@Test
	void fileWithoutTheExpectedHeaderIsRefused() throws Exception {
		ImportPreview preview = preview("nama,sandi\nx,y\n", new MockHttpSession());
		assertThat(preview.problems()).extracting(RowProblem::messageKey)
			.containsExactly("identity.import.error.header");
	}

	@Test
	void applyWithoutAPreviewChangesNothing() throws Exception {
		this.mvc.perform(post("/admin/users/import/apply").with(user(demo("admin"))).with(csrf()).param("digest", "x"))
			.andExpect(redirectedUrl("/admin/users/import"));
	}

	private ImportPreview preview(String csv, MockHttpSession session) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/users/import").file(file(csv))
				.session(session)
				.with(user(demo("admin")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		return (ImportPreview) result.getModelAndView().getModel().get("preview");
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "pengguna.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private CurrentUser demo(String username) {
		return (CurrentUser) this.userDetailsService.loadUserByUsername(username);
	}

}
