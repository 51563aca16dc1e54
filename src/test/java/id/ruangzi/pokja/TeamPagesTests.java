package id.ruangzi.pokja;

import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team page of the demo programme of MTsN 2 Bandar Lampung (id 1): who sees it, who
 * changes it, and what a refused or stale change answers. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class TeamPagesTests {

	static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PokjaApi pokja;

	@Autowired
	AssessmentApi assessment;

	@Test
	void demoPokjaHaveTheIdsTheRouteInventoryUses() {
		List<PokjaView> demo = this.pokja.pokjaOf(DEMO);
		assertThat(demo).extracting(PokjaView::areaCode).containsExactly("A", "B", "C", "D", "E", "F");
		assertThat(demo).extracting(PokjaView::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(demo.get(0).version()).isZero();
		assertThat(this.pokja.team(principal("kepala"), DEMO).version()).isEqualTo(1);
	}

	@Test
	void teamPageShowsTheDecreeThePokjaAndTheirMembers() throws Exception {
		this.mvc.perform(get("/programmes/1/pokja").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("B-045/Mts.08.01.02/KP.07.6/01/2026")))
			.andExpect(content().string(containsString("06-01-2026")))
			.andExpect(content().string(containsString("Area A: Manajemen Perubahan")))
			.andExpect(content().string(containsString("Area F: Peningkatan Kualitas Pelayanan Publik")))
			.andExpect(content().string(containsString("id=\"member-1-koordinator\"")))
			.andExpect(content().string(containsString("id=\"member-4-ketua.tim\"")))
			.andExpect(content().string(containsString("href=\"/programmes/1/pokja/1/board\"")))
			.andExpect(content().string(containsString("Anda dapat mengubah seluruh program")))
			.andExpect(content().string(containsString("Tambah anggota")));
	}

	@Test
	void coordinatorSeesWhichPokjaTheySitInAndWhichAreaTheyEdit() throws Exception {
		this.mvc.perform(get("/programmes/1/pokja").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anda mengerjakan area A.")))
			.andExpect(content().string(containsString("Pokja area A: Manajemen Perubahan")))
			.andExpect(content().string(not(containsString("Tambah anggota"))));
		this.mvc.perform(get("/programmes/1/pokja").with(as("koordinator.sdm")))
			.andExpect(content().string(containsString("Anda mengerjakan area B, C, F.")));
		this.mvc.perform(get("/programmes/1/pokja").with(as("anggota")))
			.andExpect(content().string(containsString("Anda mengubah hanya yang ditugaskan")))
			.andExpect(content().string(containsString("Pokja area C:")));
	}

	@Test
	void unitHeadSeatsAPersonAndChangesTheirPosition() throws Exception {
		long kepala = principal("kepala").id();
		this.mvc
			.perform(post("/programmes/1/pokja/2/members").param("username", "kepala")
				.param("position", "ANGGOTA")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/pokja"))
			.andExpect(flash().attribute("flashSuccess", "pokja.member.saved"))
			.andExpect(flash().attribute("flashArgs", org.hamcrest.Matchers
				.arrayContaining("Hj. Siti Rahmawati, S.Ag., M.Pd.I.", "Penataan Tatalaksana")));
		assertThat(position(2, kepala)).isEqualTo(PokjaPosition.ANGGOTA);

		this.mvc
			.perform(post("/programmes/1/pokja/2/members").param("username", "kepala")
				.param("position", "KETUA")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/pokja"));
		assertThat(position(2, kepala)).isEqualTo(PokjaPosition.KETUA);

		this.mvc.perform(post("/programmes/1/pokja/2/members/" + kepala + "/delete").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/pokja"));
		assertThat(this.pokja.pokja(2).orElseThrow().hasMember(kepala)).isFalse();
	}

	@Test
	void seatingSomeoneWithoutARoleOnTheUnitIsAFieldError() throws Exception {
		this.mvc
			.perform(post("/programmes/1/pokja/2/members").param("username", "kepala.man2")
				.param("position", "ANGGOTA")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("tidak memiliki peran di unit kerja program ini")));
		assertThat(this.pokja.pokja(2).orElseThrow().members()).extracting(PokjaMember::username)
			.doesNotContain("kepala.man2");
	}

	@Test
	void unitHeadRenamesAPokjaAndAStaleRenameIsAConflict() throws Exception {
		this.mvc
			.perform(post("/programmes/1/pokja/1/name").param("name", "Pokja Perubahan")
				.param("version", "0")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/pokja"));
		this.mvc.perform(get("/programmes/1/pokja").with(as("kepala")))
			.andExpect(content().string(containsString("Area A: Pokja Perubahan")));
		// Flush so the version moves on, as a second request would see it.
		this.pokja.pokjaOf(DEMO);
		long now = this.pokja.pokja(1).orElseThrow().version();

		this.mvc
			.perform(post("/programmes/1/pokja/1/name").param("name", "Nama lama")
				.param("version", String.valueOf(now - 1))
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Seseorang telah mengubah data ini")));
		assertThat(this.pokja.pokja(1).orElseThrow().name()).isEqualTo("Pokja Perubahan");

		this.mvc
			.perform(post("/programmes/1/pokja/1/name").param("name", " ")
				.param("version", String.valueOf(now))
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama pokja harus diisi")));
	}

	@Test
	void unitHeadRecordsTheDecreeAndAStaleDecreeIsAConflict() throws Exception {
		this.mvc
			.perform(post("/programmes/1/pokja/decree").param("decreeNumber", "B-100/Mts.08/2026")
				.param("decreeDate", "2026-02-02")
				.param("version", "1")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/pokja"))
			.andExpect(flash().attribute("flashSuccess", "pokja.decree.saved"));
		TeamView team = this.pokja.team(principal("kepala"), DEMO);
		assertThat(team.decreeNumber()).isEqualTo("B-100/Mts.08/2026");
		assertThat(team.decreeDate()).hasToString("2026-02-02");

		this.mvc
			.perform(post("/programmes/1/pokja/decree").param("decreeNumber", "B-999")
				.param("decreeDate", "2026-03-03")
				.param("version", "1")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.pokja.team(principal("kepala"), DEMO).decreeNumber()).isEqualTo("B-100/Mts.08/2026");

		this.mvc
			.perform(post("/programmes/1/pokja/decree").param("decreeNumber", "B-999")
				.param("decreeDate", "2026-02-31")
				.param("version", String.valueOf(team.version()))
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal SK tidak valid.")));
	}

	@Test
	void coordinatorMayNotChangeTheTeam() throws Exception {
		this.mvc
			.perform(post("/programmes/1/pokja/1/members").param("username", "guru")
				.param("position", "KETUA")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes/1/pokja/1/name").param("name", "Pokja saya")
				.param("version", "0")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes/1/pokja/decree").param("decreeNumber", "B-1")
				.param("decreeDate", "2026-01-01")
				.param("version", "1")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.pokja.pokja(1).orElseThrow().name()).isEqualTo("Manajemen Perubahan");
	}

	@Test
	void supervisorInScopeSeesTheTeamReadOnlyAndOneOutsideScopeSeesNothing() throws Exception {
		this.mvc.perform(get("/programmes/1/pokja").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"read-only\"")))
			.andExpect(content().string(containsString("id=\"member-1-koordinator\"")))
			.andExpect(content().string(not(containsString("Tambah anggota"))))
			.andExpect(content().string(not(containsString("name=\"decreeNumber\""))));
		this.mvc.perform(get("/programmes/1/pokja").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/programmes/1/pokja/1/name").param("name", "X")
				.param("version", "0")
				.with(as("pembina.tdt"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPokjaOfAnotherProgrammeIsNotFoundUnderThisOne() throws Exception {
		this.mvc
			.perform(post("/programmes/2/pokja/1/name").param("name", "X")
				.param("version", "0")
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewlyOpenedProgrammeHasSixPokjaNamedAfterTheAreas() {
		ProgrammeView opened = this.assessment.open(principal("kepala"), "MTSN2-BDL", 2031, Predicate.WBK, null);
		List<PokjaView> six = this.pokja.pokjaOf(opened.id());
		assertThat(six).extracting(PokjaView::areaCode).containsExactly("A", "B", "C", "D", "E", "F");
		assertThat(six).extracting(PokjaView::name)
			.containsExactly("Manajemen Perubahan", "Penataan Tatalaksana", "Penataan Sistem Manajemen SDM Aparatur",
					"Penguatan Akuntabilitas", "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik");
		assertThat(six).allSatisfy((one) -> assertThat(one.members()).isEmpty());
		assertThat(this.pokja.team(principal("kepala"), opened.id()).decreeNumber()).isNull();
	}

	private PokjaPosition position(long pokjaId, long userId) {
		return this.pokja.pokja(pokjaId)
			.orElseThrow()
			.members()
			.stream()
			.filter((member) -> member.userId() == userId)
			.findFirst()
			.orElseThrow()
			.position();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
