package id.ruangzi.actionplan.activity;

import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity pages of the demo programme of MTsN 2 Bandar Lampung (id 1), whose
 * activity 1 is the team's coordination meeting and activity 2 pembina's coaching visit.
 * Every test runs in a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class ActivityPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TaskService tasks;

	@Test
	void unitStaffRecordsAnActivityWithParticipantsAndGuests() throws Exception {
		String location = created("kepala",
				post("/programmes/1/activities").param("kind", "PELATIHAN")
					.param("title", "Pelatihan pelayanan prima")
					.param("date", "2026-03-05")
					.param("place", "Aula")
					.param("participantIds", id("anggota"), id("guru"))
					.param("guests", "Narasumber Kanwil\n\n  Ketua Komite  ")
					.param("followUps", "Susun SOP layanan\nUnggah daftar hadir"));
		long activityId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select count(*) from activity_participant where activity_id = ?")
			.param(activityId)
			.query(Long.class)
			.single()).isEqualTo(2);
		this.mvc.perform(get(location).with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pelatihan pelayanan prima")))
			.andExpect(content().string(containsString("Dewi Lestari, S.Kom.")))
			.andExpect(content().string(containsString("Muhammad Iqbal, S.Pd.")))
			.andExpect(content().string(containsString("Narasumber Kanwil (tamu)")))
			.andExpect(content().string(containsString("Ketua Komite (tamu)")))
			.andExpect(content().string(containsString("Susun SOP layanan")))
			.andExpect(content().string(not(containsString("Ubah kegiatan"))));
	}

	@Test
	void minutesAreRenderedFromMarkdownWithScriptEscapedAndJavascriptLinksRemoved() throws Exception {
		String location = created("kepala", post("/programmes/1/activities").param("kind", "RAPAT_KOORDINASI")
			.param("title", "Rapat evaluasi")
			.param("date", "2026-03-02")
			.param("minutes", "Hasil **penting**\n\n<script>alert('x')</script>\n\n[klik](javascript:alert(1))"));
		this.mvc.perform(get(location).with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>penting</strong>")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(")))
			.andExpect(content().string(not(containsString("<script>alert("))))
			.andExpect(content().string(not(containsString("javascript:"))));
	}

	@Test
	void supervisorRecordsACoachingVisitWithFeedbackAndTheUnitHeadSeesIt() throws Exception {
		String location = created("pembina",
				post("/programmes/1/activities").param("kind", "PENDAMPINGAN")
					.param("title", "Kunjungan pendampingan Maret")
					.param("date", "2026-03-10")
					.param("participantIds", id("kepala"))
					.param("supervisorFeedback", "Perbaiki SOP pengaduan masyarakat."));
		String supervisor = this.identity.person("pembina").orElseThrow().fullName();
		this.mvc.perform(get("/programmes/1/activities").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kunjungan pendampingan Maret")))
			.andExpect(content().string(containsString("Dari pembina: " + supervisor)))
			.andExpect(content().string(containsString("Perbaiki SOP pengaduan masyarakat.")));
		this.mvc.perform(get(location).with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masukan pembina")))
			.andExpect(content().string(containsString("Perbaiki SOP pengaduan masyarakat.")));
	}

	@Test
	void supervisorCannotRecordACoordinationMeeting() throws Exception {
		this.mvc.perform(meeting("pembina")).andExpect(status().isForbidden());
	}

	@Test
	void supervisorOutsideTheUnitsScopeFindsNothing() throws Exception {
		this.mvc.perform(get("/programmes/1/activities").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/activities/2").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/programmes/1/activities").with(as("pembina.tdt"))
				.with(csrf())
				.param("kind", "PENDAMPINGAN")
				.param("title", "Kunjungan")
				.param("date", "2026-03-10"))
			.andExpect(status().isNotFound());
	}

	@Test
	void memberCannotRecordAnActivity() throws Exception {
		this.mvc.perform(get("/programmes/1/activities/new").with(as("anggota"))).andExpect(status().isForbidden());
		this.mvc.perform(meeting("anggota")).andExpect(status().isForbidden());
	}

	@Test
	void coordinatorRecordsInTheirOwnAreaOnly() throws Exception {
		this.mvc.perform(meeting("koordinator").param("areaCode", "A")).andExpect(status().is3xxRedirection());
		this.mvc.perform(meeting("koordinator").param("areaCode", "C")).andExpect(status().isForbidden());
	}

	@Test
	void unitStaffCannotChangeTheSupervisorsFeedback() throws Exception {
		String before = feedbackOf(2);
		this.mvc
			.perform(post("/programmes/1/activities/2").with(as("kepala"))
				.with(csrf())
				.param("kind", "PENDAMPINGAN")
				.param("title", "Pendampingan diubah unit")
				.param("date", "2026-02-10")
				.param("supervisorFeedback", "Semua sudah sempurna")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(feedbackOf(2)).isEqualTo(before).isNotBlank();
		this.mvc
			.perform(post("/programmes/1/activities/2").with(as("kepala"))
				.with(csrf())
				.param("kind", "RAPAT_KOORDINASI")
				.param("title", "Bukan kunjungan lagi")
				.param("date", "2026-02-10")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "kind", "activity.kind.visitStays"));
	}

	@Test
	void aStaleEditAnswersConflictInsteadOfOverwriting() throws Exception {
		MockHttpServletRequestBuilder edit = post("/programmes/1/activities/1").with(as("kepala"))
			.with(csrf())
			.param("kind", "RAPAT_KOORDINASI")
			.param("title", "Rapat koordinasi (diubah)")
			.param("date", "2026-01-12")
			.param("version", "0");
		this.mvc.perform(edit).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit.param("title", "Perubahan yang basi"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data telah diubah orang lain")));
		assertThat(this.jdbc.sql("select title from activity where id = 1").query(String.class).single())
			.isEqualTo("Rapat koordinasi (diubah)");
	}

	@Test
	void invalidInputIsReportedByField() throws Exception {
		this.mvc
			.perform(post("/programmes/1/activities").with(as("kepala"))
				.with(csrf())
				.param("kind", "RAPAT_KOORDINASI")
				.param("title", " ")
				.param("date", "kemarin")
				.param("areaCode", "Z"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", "title", "date", "areaCode"))
			.andExpect(content().string(containsString("Isi judul kegiatan.")))
			.andExpect(content().string(containsString("Isi tanggal yang benar (tttt-bb-hh).")));
		this.mvc
			.perform(post("/programmes/1/activities").with(as("kepala"))
				.with(csrf())
				.param("kind", "RAPAT_KOORDINASI")
				.param("title", "Rapat pokja")
				.param("date", "2026-02-30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "date", "activity.date.invalid"));
		String outsider = String.valueOf(this.identity.person("kepala.man2").orElseThrow().id());
		this.mvc.perform(meeting("kepala").param("participantIds", outsider))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("activityForm", "participantIds",
					"activity.participants.notOfUnit"));
	}

	@Test
	void anActivityIsFoundOnlyUnderItsOwnProgramme() throws Exception {
		this.mvc.perform(get("/programmes/2/activities/1").with(as("kepala.man2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/2/activities/1").with(as("admin"))).andExpect(status().isNotFound());
	}

	@Test
	void aFollowUpBecomesATaskInTheActivitysAreaAndPokjaOnlyOnce() throws Exception {
		String location = created("kepala",
				post("/programmes/1/activities").param("kind", "MONEV")
					.param("title", "Monev area B")
					.param("date", "2026-03-20")
					.param("areaCode", "B")
					.param("followUps", "Perbarui SOP layanan surat"));
		long activityId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long followUpId = this.jdbc.sql("select id from activity_follow_up where activity_id = ?")
			.param(activityId)
			.query(Long.class)
			.single();
		String makeTask = location + "/follow-ups/" + followUpId + "/task";
		this.mvc.perform(post(makeTask).with(as("anggota")).with(csrf())).andExpect(status().isForbidden());
		// koordinator sits in pokja A only.
		this.mvc.perform(post(makeTask).with(as("koordinator")).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(makeTask).with(as("kepala")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(location + "#follow-up-*"));
		Long taskId = taskOf(followUpId);
		assertThat(taskId).isNotNull();
		TaskView task = this.tasks.task((CurrentUser) this.users.loadUserByUsername("kepala"), taskId);
		assertThat(task.title()).isEqualTo("Perbarui SOP layanan surat");
		assertThat(task.areaCode()).isEqualTo("B");
		assertThat(task.pokjaId())
			.isEqualTo(this.jdbc.sql("select id from pokja where programme_id = 1 and area_code = 'B'")
				.query(Long.class)
				.single());
		// koordinator.sdm coordinates pokja B: a second click changes nothing.
		this.mvc.perform(post(makeTask).with(as("koordinator.sdm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(taskOf(followUpId)).isEqualTo(taskId);
		assertThat(this.jdbc.sql("select count(*) from task where programme_id = 1 and title = ?")
			.param("Perbarui SOP layanan surat")
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get(location).with(as("anggota")))
			.andExpect(content().string(containsString("href=\"/programmes/1/tasks/" + taskId + "\"")))
			.andExpect(content().string(not(containsString("Jadikan tugas"))));
	}

	@Test
	void runningTheDemoActivitiesAgainAddsNothing() throws Exception {
		String counts = "select (select count(*) from activity) || '/' || (select count(*) from activity_follow_up)"
				+ " || '/' || (select count(*) from activity_participant) || '/' || (select count(*) from obstacle)";
		String before = this.jdbc.sql(counts).query(String.class).single();
		this.context.getBean("demoActivities", ApplicationRunner.class).run(null);
		assertThat(this.jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void programmeOverviewLinksToActivitiesAndObstacles() throws Exception {
		this.mvc.perform(get("/programmes/1").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/programmes/1/activities\"")))
			.andExpect(content().string(containsString("href=\"/programmes/1/obstacles\"")));
	}

	private MockHttpServletRequestBuilder meeting(String username) {
		return post("/programmes/1/activities").with(as(username))
			.with(csrf())
			.param("kind", "RAPAT_KOORDINASI")
			.param("title", "Rapat pokja")
			.param("date", "2026-03-01");
	}

	private String created(String username, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(as(username)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/programmes/1/activities/*"))
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private Long taskOf(long followUpId) {
		return this.jdbc.sql("select task_id from activity_follow_up where id = ?")
			.param(followUpId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String feedbackOf(long activityId) {
		return this.jdbc.sql("select supervisor_feedback from activity where id = ?")
			.param(activityId)
			.query(String.class)
			.single();
	}

	private String id(String username) {
		return String.valueOf(this.identity.person(username).orElseThrow().id());
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
