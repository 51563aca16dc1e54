package id.ruangzi.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.ruangzi.test.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Mass assignment: fields a form does not own ({@code id}, {@code programmeId},
 * {@code unitId}, {@code stage}, {@code score}, {@code completedAt}, {@code active},
 * {@code passwordHash}, roles...) added to a request change nothing. Protection proven:
 * every form binds into a record of its own fields only (never an entity), and the
 * service takes the owning id from the path and the stage from the workflow. Binding an
 * entity, or trusting an id from the body, would make these assertions fail. The
 * programme form is covered by
 * {@code AttackTests#hiddenFieldsCannotSetWhatTheFormDoesNotOwn}.
 */
@IntegrationTest
@Transactional
class MassAssignmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManager entityManager;

	@Test
	void aNewTaskCannotBePlacedInAnotherProgrammeNorOverwriteAnExistingTask() throws Exception {
		Map<String, Object> first = row("select * from task where id = 1");
		long before = count("select count(*) from task where programme_id = 2");
		send(post("/programmes/1/tasks").param("title", "Tugas sisipan")
			.param("areaCode", "A")
			.param("status", "SELESAI")
			.param("progress", "100")
			.param("id", "1")
			.param("programmeId", "2")
			.param("unitId", "2")
			.param("completedAt", "2020-01-01T00:00:00Z")
			.param("stage", "DITETAPKAN_WBK")
			.param("version", "7"), "kepala");
		Map<String, Object> created = row("select * from task where title = 'Tugas sisipan'");
		assertThat(created.get("programme_id")).isEqualTo(1L);
		assertThat(created.get("version")).isEqualTo(0L);
		assertThat(created.get("id")).isNotEqualTo(1L);
		assertThat(row("select * from task where id = 1")).isEqualTo(first);
		assertThat(count("select count(*) from task where programme_id = 2")).isEqualTo(before);
	}

	@Test
	void editingATaskChangesOnlyThatTaskInItsOwnProgramme() throws Exception {
		long id = this.jdbc.sql("select max(id) from task where programme_id = 1").query(Long.class).single();
		long other = this.jdbc.sql("select min(id) from task where programme_id = 1").query(Long.class).single();
		Map<String, Object> otherBefore = row("select * from task where id = " + other);
		long version = this.jdbc.sql("select version from task where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		send(post("/programmes/1/tasks/" + id).param("title", "Judul baru")
			.param("areaCode", "A")
			.param("status", "BELUM")
			.param("priority", "SEDANG")
			.param("progress", "0")
			.param("version", String.valueOf(version))
			.param("id", String.valueOf(other))
			.param("taskId", String.valueOf(other))
			.param("programmeId", "2"), "kepala");
		Map<String, Object> edited = row("select * from task where id = " + id);
		assertThat(edited.get("title")).isEqualTo("Judul baru");
		assertThat(edited.get("programme_id")).isEqualTo(1L);
		assertThat(row("select * from task where id = " + other)).isEqualTo(otherBefore);
	}

	@Test
	void evidenceCannotBeMovedToAnotherProgrammeOrGivenAChecksum() throws Exception {
		String location = this.mvc.perform(multipart("/programmes/1/evidence")
			.file(new MockMultipartFile("files", "sisipan.pdf", "application/pdf",
					("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n% sisipan " + System.nanoTime())
						.getBytes(StandardCharsets.US_ASCII)))
			.param("kind", "LAPORAN")
			.param("title", "Sisipan")
			.param("programmeId", "2")
			.param("unitId", "2")
			.param("id", "1")
			.with(csrf())
			.with(as("kepala"))).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		Map<String, Object> stored = row("select * from evidence where title = 'Sisipan'");
		assertThat(stored.get("programme_id")).isEqualTo(1L);
		long id = (Long) stored.get("id");
		Map<String, Object> revision = row("select * from evidence_revision where evidence_id = " + id);
		send(post("/evidence/" + id).param("title", "Sisipan diubah")
			.param("kind", "LAPORAN")
			.param("version", String.valueOf(stored.get("version")))
			.param("programmeId", "2")
			.param("unitId", "2")
			.param("sha256", "00")
			.param("size", "1")
			.param("id", "1"), "kepala");
		Map<String, Object> edited = row("select * from evidence where id = " + id);
		assertThat(edited.get("title")).isEqualTo("Sisipan diubah");
		assertThat(edited.get("programme_id")).isEqualTo(1L);
		assertThat(row("select * from evidence_revision where evidence_id = " + id)).isEqualTo(revision);
	}

	@Test
	void aPersonsEditCannotRenameThemActivateThemOrSetTheirPasswordOrRoles() throws Exception {
		Map<String, Object> before = row("select * from user_account where username = 'anggota'");
		long roles = count("select count(*) from role_assignment r join user_account u on u.id = r.user_id "
				+ "where u.username = 'anggota'");
		send(post("/admin/users/anggota").param("fullName", "Anggota Diubah")
			.param("version", String.valueOf(before.get("version")))
			.param("username", "admin2")
			.param("id", "1")
			.param("active", "false")
			.param("passwordHash", "{noop}x")
			.param("password", "kata-sandi-sisipan")
			.param("mustChangePassword", "true")
			.param("role", "ADMINISTRATOR")
			.param("roles", "ADMINISTRATOR")
			.param("unitId", "2"), "admin");
		Map<String, Object> after = row("select * from user_account where username = 'anggota'");
		assertThat(after.get("full_name")).isEqualTo("Anggota Diubah");
		for (String column : new String[] { "id", "active", "password_hash", "must_change_password" }) {
			assertThat(after.get(column)).as(column).isEqualTo(before.get(column));
		}
		assertThat(count("select count(*) from user_account where username = 'admin2'")).isZero();
		assertThat(count("select count(*) from role_assignment r join user_account u on u.id = r.user_id "
				+ "where u.username = 'anggota'"))
			.isEqualTo(roles);
	}

	@Test
	void anAnswerCannotSetItsScoreItsProgrammeOrTheStage() throws Exception {
		String stage = this.jdbc.sql("select stage from programme where id = 1").query(String.class).single();
		Map<String, Object> otherProgramme = rowOrEmpty(
				"select * from answer where programme_id = 2 and item_code = 'PPA1A'");
		this.mvc
			.perform(post("/programmes/1/items/PPA1A").param("option", "TIDAK")
				.param("score", "1")
				.param("stage", "DITETAPKAN_WBK")
				.param("programmeId", "2")
				.param("updatedBy", "admin")
				.header("HX-Request", "true")
				.with(csrf())
				.with(as("kepala")))
			.andReturn();
		Map<String, Object> answer = row("select * from answer where programme_id = 1 and item_code = 'PPA1A'");
		assertThat(answer.get("option_letter")).isEqualTo("TIDAK");
		assertThat(answer.get("updated_by")).isNotEqualTo("admin");
		assertThat(this.jdbc.sql("select stage from programme where id = 1").query(String.class).single())
			.isEqualTo(stage);
		assertThat(rowOrEmpty("select * from answer where programme_id = 2 and item_code = 'PPA1A'"))
			.isEqualTo(otherProgramme);
	}

	private void send(MockHttpServletRequestBuilder request, String username) throws Exception {
		var response = this.mvc.perform(request.with(csrf()).with(as(username))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(300, 399);
	}

	private Map<String, Object> row(String sql) {
		this.entityManager.flush();
		return this.jdbc.sql(sql).query().singleRow();
	}

	private Map<String, Object> rowOrEmpty(String sql) {
		return this.jdbc.sql(sql).query().listOfRows().stream().findFirst().orElse(Map.of());
	}

	private long count(String sql) {
		this.entityManager.flush();
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
