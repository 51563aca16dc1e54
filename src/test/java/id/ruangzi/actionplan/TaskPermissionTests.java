package id.ruangzi.actionplan;

import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may do what to a task, through the pages and the API alike. Each test runs in a
 * rolled-back transaction.
 */
@IntegrationTest
@Transactional
class TaskPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void coordinatorEditsATaskOfTheAreaOfTheirPokja() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		this.mvc.perform(edit(id, "koordinator", Map.of("title", "Rencana kerja ZI 2026 (revisi)")))
			.andExpect(status().is3xxRedirection());
		assertThat(title(id)).isEqualTo("Rencana kerja ZI 2026 (revisi)");
	}

	@Test
	void coordinatorIsForbiddenToEditATaskOfAnotherArea() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_B_SOP);
		this.mvc.perform(edit(id, "koordinator", Map.of("title", "Diambil alih", "areaCode", "B", "pokjaId", "2")))
			.andExpect(status().isForbidden());
		this.mvc.perform(api(id, "koordinator", "{\"status\":\"SELESAI\",\"version\":0}"))
			.andExpect(status().isForbidden());
		assertThat(title(id)).isEqualTo(DemoTaskIds.AREA_B_SOP);
	}

	@Test
	void coordinatorCannotMoveATaskIntoAnAreaOutsideTheirScope() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		this.mvc.perform(edit(id, "koordinator", Map.of("areaCode", "B", "pokjaId", "")))
			.andExpect(status().isForbidden());
		assertThat(
				this.jdbc.sql("select area_code from task where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("A");
	}

	@Test
	void memberInChargeUpdatesTheStatusOfTheirOwnTask() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		this.mvc
			.perform(post("/programmes/1/tasks/" + id + "/progress").with(as("anggota"))
				.with(csrf())
				.param("status", "SELESAI")
				.param("progress", "60")
				.param("version", String.valueOf(DemoTaskIds.version(this.jdbc, id))))
			.andExpect(status().is3xxRedirection());
		var row = this.jdbc.sql("select status, progress, completed_at from task where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("SELESAI");
		assertThat(row.get("progress")).as("SELESAI means done").isEqualTo(100);
		assertThat(row.get("completed_at")).isNotNull();
	}

	@Test
	void memberInChargeUpdatesTheirTaskOverTheApiButNotItsPlan() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		long version = DemoTaskIds.version(this.jdbc, id);
		this.mvc.perform(api(id, "anggota", "{\"progress\":70,\"version\":" + version + "}"))
			.andExpect(status().isOk());
		this.mvc.perform(api(id, "anggota", "{\"dueDate\":\"2030-01-01\",\"version\":" + (version + 1) + "}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit(id, "anggota", Map.of("title", "Judul baru"))).andExpect(status().isForbidden());
	}

	@Test
	void memberIsForbiddenToChangeSomeoneElsesTask() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.GURU_AREA_A);
		this.mvc
			.perform(post("/programmes/1/tasks/" + id + "/progress").with(as("anggota"))
				.with(csrf())
				.param("status", "SELESAI")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(api(id, "anggota", "{\"status\":\"SELESAI\",\"version\":0}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/programmes/1/pokja/1/board/tasks/" + id).with(as("anggota"))
				.with(csrf())
				.param("status", "SELESAI")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select status from task where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("BELUM");
	}

	@Test
	void supervisorOutsideTheUnitFindsNeitherTheTasksNorATask() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		this.mvc.perform(get("/programmes/1/tasks").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/tasks/" + id).with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tasks/" + id).with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programmes/1/tasks").with(as("pembina.tdt"))).andExpect(status().isNotFound());
	}

	@Test
	void aTaskOfAnotherUnitIsNotFoundThroughPagesAndApi() throws Exception {
		long other = DemoTaskIds.id(this.jdbc, DemoTaskIds.OTHER_UNIT);
		this.mvc.perform(get("/programmes/2/tasks/" + other).with(as("kepala"))).andExpect(status().isNotFound());
		// Under the user's own programme, the other unit's task id is not found either.
		this.mvc.perform(get("/programmes/1/tasks/" + other).with(as("kepala"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tasks/" + other).with(as("kepala"))).andExpect(status().isNotFound());
		this.mvc.perform(api(other, "kepala", "{\"status\":\"BATAL\",\"version\":0}")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tasks/" + other).with(as("kepala.man2"))).andExpect(status().isOk());
	}

	@Test
	void aTaskUnderAnotherProgrammesPathIsNotFoundEvenForItsUnitHead() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		this.mvc.perform(get("/programmes/2/tasks/" + id).with(as("kepala.man2"))).andExpect(status().isNotFound());
	}

	@Test
	void supervisorOfTheUnitMayCommentButNotChangeATask() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		this.mvc
			.perform(post("/programmes/1/tasks/" + id + "/comments").with(as("pembina"))
				.with(csrf())
				.param("body", "Lampirkan draf rencana kerja."))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/programmes/1/tasks/" + id + "/progress").with(as("pembina"))
				.with(csrf())
				.param("status", "SELESAI")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from task_comment where task_id = :id and body like 'Lampirkan%'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void memberWhoIsNotInChargeMayNotComment() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.GURU_AREA_A);
		this.mvc
			.perform(post("/programmes/1/tasks/" + id + "/comments").with(as("anggota"))
				.with(csrf())
				.param("body", "Saya bantu."))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyEditorsMayCreateTasksAndOnlyInTheirAreas() throws Exception {
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("koordinator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Tugas area A\",\"areaCode\":\"A\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("koordinator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Tugas area B\",\"areaCode\":\"B\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("koordinator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Tugas seluruh program\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("anggota"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Tugas anggota\",\"areaCode\":\"A\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("kepala"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Tugas seluruh program\"}"))
			.andExpect(status().isCreated());
	}

	private MockHttpServletRequestBuilder edit(long id, String username, Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title(id));
		fields.put("areaCode", "A");
		fields.put("pokjaId", "1");
		fields.put("status", "PROSES");
		fields.put("priority", "TINGGI");
		fields.put("progress", "10");
		fields.put("version", String.valueOf(DemoTaskIds.version(this.jdbc, id)));
		fields.putAll(changes);
		MockHttpServletRequestBuilder request = post("/programmes/1/tasks/" + id).with(as(username)).with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private MockHttpServletRequestBuilder api(long id, String username, String body) {
		return patch("/api/v1/tasks/" + id).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String title(long id) {
		return this.jdbc.sql("select title from task where id = :id").param("id", id).query(String.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
