package id.ruangzi.actionplan;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing tasks: stale edits are conflicts, bad input is named field by field, the JSON
 * is exactly the agreed shape, and templates become linked tasks once. Each test runs in
 * a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class TaskEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TaskTemplates templates;

	@Test
	void theSecondOfTwoEditsFromTheSameVersionGetsAConflictPageNotASilentOverwrite() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		String seen = String.valueOf(DemoTaskIds.version(this.jdbc, id));
		this.mvc.perform(edit(id, "kepala", "Versi kepala", seen)).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(id, "koordinator", "Versi koordinator", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Tugas ini telah diubah orang lain; muat ulang")));
		assertThat(this.jdbc.sql("select title from task where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Versi kepala");
	}

	@Test
	void aStaleMoveOnTheBoardGetsAConflictMessageInTheBoard() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_PLAN);
		String seen = String.valueOf(DemoTaskIds.version(this.jdbc, id));
		this.mvc
			.perform(post("/programmes/1/pokja/1/board/tasks/" + id).with(as("koordinator"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("status", "SELESAI")
				.param("version", seen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board\"")));
		this.mvc
			.perform(post("/programmes/1/pokja/1/board/tasks/" + id).with(as("kepala"))
				.with(csrf())
				.header("HX-Request", "true")
				.param("status", "BATAL")
				.param("version", seen))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("board-error")))
			.andExpect(content().string(containsString("Tugas ini telah diubah orang lain; muat ulang")));
		this.mvc
			.perform(post("/programmes/1/pokja/1/board/tasks/" + id).with(as("kepala"))
				.with(csrf())
				.param("status", "BATAL")
				.param("version", seen))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select status from task where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("SELESAI");
	}

	@Test
	void aStalePatchGets409WithAProblemSayingToReload() throws Exception {
		long id = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		long seen = DemoTaskIds.version(this.jdbc, id);
		this.mvc
			.perform(patch("/api/v1/tasks/" + id).with(as("anggota"))
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", "\"" + seen + "\"")
				.content("{\"progress\":80}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (seen + 1) + "\""));
		this.mvc
			.perform(patch("/api/v1/tasks/" + id).with(as("kepala"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"BATAL\",\"version\":" + seen + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("someone else changed this task; reload")));
		this.mvc
			.perform(patch("/api/v1/tasks/" + id).with(as("kepala"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"BATAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("version")));
	}

	@Test
	void invalidFieldsAreShownNextToEachField() throws Exception {
		this.mvc
			.perform(post("/programmes/1/tasks").with(as("kepala"))
				.with(csrf())
				.param("title", " ")
				.param("areaCode", "A")
				.param("itemCodes", "PPA1A, PPB1A, XYZ9")
				.param("picUsername", "pembina.tdt")
				.param("startDate", "2026-05-10")
				.param("dueDate", "2026-05-01")
				.param("status", "BELUM")
				.param("priority", "SEDANG")
				.param("progress", "150"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "title", "actionplan.task.error.title.required"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "itemCodes", "actionplan.task.error.itemArea"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "picUsername", "actionplan.task.error.pic"))
			.andExpect(
					model().attributeHasFieldErrorCode("taskForm", "dueDate", "actionplan.task.error.dueBeforeStart"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "progress", "actionplan.task.error.progress"))
			.andExpect(content().string(containsString("Judul wajib diisi.")));
		this.mvc
			.perform(post("/programmes/1/tasks").with(as("kepala"))
				.with(csrf())
				.param("title", "Tanggal salah")
				.param("startDate", "10/05/2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "startDate", "actionplan.task.error.date"));
		this.mvc
			.perform(post("/programmes/1/tasks").with(as("kepala"))
				.with(csrf())
				.param("title", "x".repeat(201))
				.param("pokjaId", "2")
				.param("areaCode", "A")
				.param("status", "NANTI"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "title", "actionplan.task.error.title.long"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "pokjaId", "actionplan.task.error.pokjaArea"))
			.andExpect(model().attributeHasFieldErrorCode("taskForm", "status", "actionplan.task.error.status"));
		assertThat(this.jdbc.sql("select count(*) from task where title = 'Tanggal salah'").query(Long.class).single())
			.isZero();
	}

	@Test
	void theApiNamesEveryInvalidField() throws Exception {
		this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("kepala"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"\",\"progress\":101,\"priority\":\"PENTING\",\"itemCodes\":[\"NOPE\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("title: required")))
			.andExpect(jsonPath("$.detail").value(containsString("progress: must be between 0 and 100")))
			.andExpect(jsonPath("$.detail").value(containsString("priority:")))
			.andExpect(jsonPath("$.detail").value(containsString("itemCodes: no item NOPE")));
	}

	@Test
	void aTaskInJsonHasExactlyTheAgreedFields() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/programmes/1/tasks").with(as("kepala"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Evaluasi SOP\",\"pokjaId\":2,\"itemCodes\":[\"PPB1C\",\"PPB1A\"],"
						+ "\"picUsername\":\"operator\",\"startDate\":\"2026-03-01\",\"dueDate\":\"2026-04-30\","
						+ "\"priority\":\"TINGGI\",\"progress\":20,\"status\":\"PROSES\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Evaluasi SOP"))
			.andExpect(jsonPath("$.status").value("PROSES"))
			.andExpect(jsonPath("$.priority").value("TINGGI"))
			.andExpect(jsonPath("$.startDate").value("2026-03-01"))
			.andExpect(jsonPath("$.dueDate").value("2026-04-30"))
			.andExpect(jsonPath("$.progress").value(20))
			.andExpect(jsonPath("$.areaCode").value("B"))
			.andExpect(jsonPath("$.itemCodes[0]").value("PPB1A"))
			.andExpect(jsonPath("$.itemCodes[1]").value("PPB1C"))
			.andExpect(jsonPath("$.pokjaId").value(2))
			.andExpect(jsonPath("$.pic.username").value("operator"))
			.andExpect(jsonPath("$.pic.fullName").value("Nur Aini, A.Md."))
			.andExpect(jsonPath("$.overdue").isBoolean())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.Map<String, Object> json = com.jayway.jsonpath.JsonPath.read(body, "$");
		assertThat(json.keySet()).containsExactlyInAnyOrder("id", "title", "status", "priority", "startDate", "dueDate",
				"overdue", "progress", "areaCode", "itemCodes", "pokjaId", "pic");
		java.util.Map<String, Object> pic = com.jayway.jsonpath.JsonPath.read(body, "$.pic");
		assertThat(pic.keySet()).containsExactlyInAnyOrder("username", "fullName");
	}

	@Test
	void templatesBecomeTasksLinkedToTheirItemsOnlyOnce() throws Exception {
		CurrentUser coordinator = (CurrentUser) this.users.loadUserByUsername("koordinator");
		List<TemplateLine> lines = this.templates.lines(coordinator, 1);
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(line.areaCode()).isEqualTo("A"));
		assertThat(lines).filteredOn(TemplateLine::taken)
			.extracting(TemplateLine::title)
			.contains(DemoTaskIds.ANGGOTA_OVERDUE);
		TemplateLine line = lines.stream()
			.filter((candidate) -> !candidate.taken() && candidate.itemCodes().size() > 1)
			.findFirst()
			.orElseThrow();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/programmes/1/tasks/templates").with(as("koordinator"))
					.with(csrf())
					.param("line", line.key())
					.param("line", "B-1"))
				.andExpect(status().is3xxRedirection());
		}
		List<Long> ids = this.jdbc.sql("select id from task where programme_id = 1 and title = :title")
			.param("title", line.title())
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(1);
		assertThat(this.jdbc.sql("select item_code from task_item where task_id = :id order by item_code")
			.param("id", ids.get(0))
			.query(String.class)
			.list()).containsExactlyElementsOf(line.itemCodes().stream().sorted().toList());
		assertThat(this.jdbc.sql("select area_code from task where id = :id")
			.param("id", ids.get(0))
			.query(String.class)
			.single()).isEqualTo("A");
		String html = this.mvc.perform(get("/programmes/1/tasks/templates").with(as("kepala")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("line-B-1").contains("line-F-1");
		this.mvc.perform(get("/programmes/1/tasks/templates").with(as("anggota"))).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long id, String username,
			String title, String version) {
		return post("/programmes/1/tasks/" + id).with(as(username))
			.with(csrf())
			.param("title", title)
			.param("pokjaId", "1")
			.param("status", "PROSES")
			.param("priority", "SEDANG")
			.param("progress", "30")
			.param("picUsername", "koordinator")
			.param("version", version);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
