package id.ruangzi.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence linked to tasks (uploaded from the task's page, also by a member who is the
 * task's person in charge), editing a record's details, and the evidence count beside
 * each LKE item. Demo task 1 (area A, items PPA1A) belongs to {@code anggota}, task 3
 * (area B) to {@code operator}.
 */
@IntegrationTest
@Transactional
class EvidenceLinksTests {

	@Autowired
	MockMvc mvc;

	final ObjectMapper json = new ObjectMapper();

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	MockMultipartHttpServletRequestBuilder upload(String path, String... params) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.file(new MockMultipartFile(path.startsWith("/api") ? "file" : "files", "sk-tim.pdf", "application/pdf",
				EvidenceUploadTests.PDF));
		request.param("kind", "SK");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	@Test
	void theMemberInChargeOfATaskUploadsItsEvidenceFromTheTaskAndItIsListedThere() throws Exception {
		this.mvc.perform(get("/programmes/1/tasks/1").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/programmes/1/evidence?task=1")));
		this.mvc.perform(get("/programmes/1/evidence").param("task", "1").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence-upload\"")))
			.andExpect(content().string(containsString("name=\"taskIds\" value=\"1\"")));
		this.mvc
			.perform(upload("/programmes/1/evidence", "taskIds", "1", "itemCodes", "PPA1A").with(as("anggota"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/evidence?task=1"));
		this.mvc.perform(get("/programmes/1/evidence").param("task", "1").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sk-tim")));
	}

	@Test
	void aMemberMayNotUploadForSomeoneElsesTaskNorLinkItemsBeyondTheirTask() throws Exception {
		this.mvc.perform(upload("/api/v1/programmes/1/evidence", "taskIds", "3").with(as("anggota")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(upload("/api/v1/programmes/1/evidence", "taskIds", "1", "itemCodes", "PPB1A").with(as("anggota")))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload("/api/v1/programmes/1/evidence", "itemCodes", "PPA1A").with(as("anggota")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/programmes/1/evidence").param("task", "3").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"evidence-upload\""))));
	}

	@Test
	void aTaskOfAnotherProgrammeIsRefusedByNameAndItsListIsNotFound() throws Exception {
		long foreign = this.json
			.readTree(this.mvc.perform(get("/api/v1/programmes/2/tasks").with(as("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("content")
			.get(0)
			.path("id")
			.asLong();
		this.mvc.perform(upload("/api/v1/programmes/1/evidence", "taskIds", String.valueOf(foreign)).with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("task " + foreign)));
		this.mvc.perform(get("/programmes/1/evidence").param("task", String.valueOf(foreign)).with(as("kepala")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theUnitHeadEditsARecordsDetailsAndAStaleEditIsAConflict() throws Exception {
		JsonNode created = created("kepala", "itemCodes", "PPA1A");
		long id = created.path("id").asLong();
		long version = created.path("version").asLong();
		this.mvc
			.perform(post("/evidence/" + id).param("version", String.valueOf(version))
				.param("title", "SK Tim ZI 2026")
				.param("kind", "SK")
				.param("documentDate", "2026-01-13")
				.param("itemCodes", "PPA1A", "PPA1B")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(redirectedUrl("/evidence/" + id))
			.andExpect(flash().attributeExists("flashSuccess"));
		this.mvc.perform(get("/evidence/" + id).with(as("pembina")))
			.andExpect(content().string(containsString("SK Tim ZI 2026")))
			.andExpect(content().string(containsString("PPA1A, PPA1B")))
			.andExpect(content().string(containsString("13-01-2026")));
		this.mvc
			.perform(post("/evidence/" + id).param("version", String.valueOf(version))
				.param("title", "Stale")
				.param("kind", "SK")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/evidence/" + id).with(as("kepala")))
			.andExpect(content().string(containsString("SK Tim ZI 2026")));
	}

	@Test
	void aCoordinatorMayNotMoveEvidenceIntoAnotherPokjasArea() throws Exception {
		JsonNode created = created("koordinator", "itemCodes", "PPA1A");
		this.mvc
			.perform(post("/evidence/" + created.path("id").asLong()).param("version", created.path("version").asText())
				.param("kind", "SK")
				.param("title", "x")
				.param("itemCodes", "PPB1A")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void eachItemOfTheSelfAssessmentShowsHowMuchEvidenceItHas() throws Exception {
		String before = this.mvc.perform(get("/programmes/1/areas/A").with(as("kepala")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int count = countOn(before, "PPA1A");
		created("kepala", "itemCodes", "PPA1A");
		String after = this.mvc.perform(get("/programmes/1/areas/A").with(as("kepala")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(countOn(after, "PPA1A")).isEqualTo(count + 1);
	}

	private static int countOn(String page, String item) {
		String link = "evidence?item=" + item + "\">Eviden butir ini (";
		int at = page.indexOf(link);
		assertThat(at).as("the evidence link of %s", item).isPositive();
		int start = at + link.length();
		return Integer.parseInt(page.substring(start, page.indexOf(')', start)));
	}

	private JsonNode created(String username, String... params) throws Exception {
		String body = this.mvc.perform(upload("/api/v1/programmes/1/evidence", params).with(as(username)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).path("evidence");
	}

}
