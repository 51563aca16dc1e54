package id.ruangzi.actionplan.obstacle;

import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.actionplan.ObstacleApi;
import id.ruangzi.actionplan.ObstacleDraft;
import id.ruangzi.actionplan.ObstacleSeverity;
import id.ruangzi.actionplan.ObstacleStatus;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The obstacle pages of the demo programme of MTsN 2 Bandar Lampung (id 1). Demo obstacle
 * 1 is open, high, area A, owned by anggota; 2 is being handled, medium, area F, owned by
 * operator; 3 is resolved, low, area E. Every test runs in a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class ObstaclePagesTests {

	static final String HIGH_OPEN = "Sebagian pegawai menganggap ZI";

	static final String MEDIUM_HANDLED = "Anggaran survei kepuasan";

	static final String LOW_RESOLVED = "Dokumentasi eviden pengawasan";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityApi identity;

	@Autowired
	ObstacleApi obstacles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void memberCannotRecordAnObstacleButChangesOneTheyOwn() throws Exception {
		this.mvc.perform(get("/programmes/1/obstacles/new").with(as("anggota"))).andExpect(status().isForbidden());
		this.mvc.perform(newObstacle("anggota")).andExpect(status().isForbidden());
		this.mvc.perform(edit("anggota", 1, "0", "status", "DITANGANI", "ownerId", id("anggota")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/programmes/1/obstacles"));
		assertThat(this.jdbc.sql("select status from obstacle where id = 1").query(String.class).single())
			.isEqualTo("DITANGANI");
		// Obstacle 2 is operator's, in area F where anggota sits in no pokja.
		this.mvc.perform(get("/programmes/1/obstacles/2/edit").with(as("anggota"))).andExpect(status().isForbidden());
		this.mvc.perform(edit("anggota", 2, "0")).andExpect(status().isForbidden());
	}

	@Test
	void ownerWithoutAnEditScopeCannotMoveTheObstacleToAnotherArea() throws Exception {
		this.mvc.perform(edit("anggota", 1, "0", "areaCode", "F")).andExpect(status().isForbidden());
	}

	@Test
	void supervisorReadsObstaclesButDoesNotRecordThem() throws Exception {
		this.mvc.perform(get("/programmes/1/obstacles").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HIGH_OPEN)))
			.andExpect(content().string(not(containsString("/programmes/1/obstacles/new"))));
		this.mvc.perform(newObstacle("pembina")).andExpect(status().isForbidden());
		this.mvc.perform(get("/programmes/1/obstacles").with(as("pembina.tdt"))).andExpect(status().isNotFound());
	}

	@Test
	void listShowsUnresolvedObstaclesFirstTheMostSevereFirst() throws Exception {
		CurrentUser head = (CurrentUser) this.users.loadUserByUsername("kepala");
		this.obstacles.create(head, 1, new ObstacleDraft("Kendala rendah terbuka", "B", ObstacleSeverity.RENDAH, null,
				null, ObstacleStatus.TERBUKA));
		this.obstacles.create(head, 1, new ObstacleDraft("Kendala tinggi selesai", "B", ObstacleSeverity.TINGGI, null,
				null, ObstacleStatus.SELESAI));
		String html = this.mvc.perform(get("/programmes/1/obstacles").with(as("kepala")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(HIGH_OPEN)).isPositive()
			.isLessThan(html.indexOf(MEDIUM_HANDLED))
			.isLessThan(html.indexOf("Kendala rendah terbuka"));
		assertThat(html.indexOf(MEDIUM_HANDLED)).isLessThan(html.indexOf("Kendala rendah terbuka"));
		assertThat(html.indexOf("Kendala rendah terbuka")).isLessThan(html.indexOf("Kendala tinggi selesai"));
		assertThat(html.indexOf("Kendala tinggi selesai")).isLessThan(html.indexOf(LOW_RESOLVED));
	}

	@Test
	void listFiltersByStatusAndArea() throws Exception {
		this.mvc.perform(get("/programmes/1/obstacles").param("status", "SELESAI").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(LOW_RESOLVED)))
			.andExpect(content().string(not(containsString(HIGH_OPEN))))
			.andExpect(content().string(not(containsString(MEDIUM_HANDLED))));
		this.mvc.perform(get("/programmes/1/obstacles").param("area", "F").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(MEDIUM_HANDLED)))
			.andExpect(content().string(not(containsString(HIGH_OPEN))))
			.andExpect(content().string(not(containsString(LOW_RESOLVED))));
		this.mvc
			.perform(get("/programmes/1/obstacles").param("status", "TERBUKA").param("area", "F").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak ada kendala yang cocok.")));
	}

	@Test
	void aStaleEditAnswersConflictInsteadOfOverwriting() throws Exception {
		this.mvc.perform(edit("kepala", 1, "0", "mitigation", "Pertama")).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit("koordinator", 1, "0", "mitigation", "Basi"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data telah diubah orang lain")));
		assertThat(this.jdbc.sql("select mitigation from obstacle where id = 1").query(String.class).single())
			.isEqualTo("Pertama");
	}

	@Test
	void invalidInputIsReportedByField() throws Exception {
		this.mvc
			.perform(post("/programmes/1/obstacles").with(as("kepala"))
				.with(csrf())
				.param("description", "")
				.param("severity", "PARAH"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("obstacleForm", "description", "severity"))
			.andExpect(content().string(containsString("Uraikan kendalanya.")));
		String outsider = String.valueOf(this.identity.person("kepala.man2").orElseThrow().id());
		this.mvc.perform(newObstacle("kepala").param("ownerId", outsider))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("obstacleForm", "ownerId", "activity.obstacle.owner.notOfUnit"));
	}

	@Test
	void coordinatorRecordsObstaclesInTheirOwnAreaOnly() throws Exception {
		this.mvc.perform(newObstacle("koordinator").param("areaCode", "A")).andExpect(status().is3xxRedirection());
		this.mvc.perform(newObstacle("koordinator").param("areaCode", "C")).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder newObstacle(String username) {
		return post("/programmes/1/obstacles").with(as(username))
			.with(csrf())
			.param("description", "Kendala baru")
			.param("severity", "SEDANG");
	}

	private MockHttpServletRequestBuilder edit(String username, long obstacleId, String version, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("description", "Kendala yang diubah");
		fields.put("severity", "TINGGI");
		fields.put("areaCode", (obstacleId == 1) ? "A" : "F");
		fields.put("status", "TERBUKA");
		fields.put("version", version);
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/programmes/1/obstacles/" + obstacleId).with(as(username))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private String id(String username) {
		return String.valueOf(this.identity.person(username).orElseThrow().id());
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
