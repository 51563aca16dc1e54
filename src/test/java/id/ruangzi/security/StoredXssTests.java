package id.ruangzi.security;

import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Stored cross-site scripting: script, an image with {@code onerror} and a
 * {@code javascript:} link written into every free-text field come back as text on every
 * page that shows them. Protection proven: Thymeleaf's {@code th:text} escaping (never
 * {@code th:utext} for user text), CommonMark with {@code escapeHtml} and
 * {@code sanitizeUrls} for minutes, and the http/https rule for evidence links. Each
 * assertion fails if a template switched to unescaped output or the Markdown renderer let
 * raw HTML through. Already covered: the answer note
 * ({@code AttackTests#scriptInFreeTextIsShownAsText}), minutes
 * ({@code ActivityPagesTests#minutesAreRenderedFromMarkdownWithScriptEscapedAndJavascriptLinksRemoved})
 * and links over the API ({@code EvidenceUploadTests#aLinkNeedsAnHttpAddress}).
 */
@IntegrationTest
@Transactional
class StoredXssTests {

	static final String XSS = "Zx <script>alert('zi')</script><img src=x onerror=alert(1)> [klik](javascript:alert(2))";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aUnitNameIsShownAsTextInAdministrationAndTheDirectory() throws Exception {
		send(post("/admin/units").param("code", "XSS-1")
			.param("name", XSS)
			.param("type", "MADRASAH")
			.param("madrasahLevel", "MTS")
			.param("madrasahStatus", "NEGERI")
			.param("parentCode", "KANKEMENAG-BDL")
			.param("instansiCode", "KEMENAG")
			.param("headName", XSS)
			.param("address", XSS), "admin");
		assertThat(this.jdbc.sql("select name from unit where code = 'XSS-1'").query(String.class).single())
			.isEqualTo(XSS);
		for (String page : List.of("/admin/units?q=Zx", "/admin/units/XSS-1", "/units/XSS-1",
				"/units/KANKEMENAG-BDL")) {
			assertEscaped(page, "admin");
		}
	}

	@Test
	void aPersonsNameIsShownAsTextToAdministratorsAndInTheUnitsPeople() throws Exception {
		send(post("/admin/users").param("username", "xss.orang")
			.param("fullName", XSS)
			.param("email", "xss@example.go.id")
			.param("password", "rahasia-panjang-sekali"), "admin");
		assertThat(this.jdbc.sql("select full_name from user_account where username = 'xss.orang'")
			.query(String.class)
			.single()).isEqualTo(XSS);
		assertEscaped("/admin/users?q=xss", "admin");
		assertEscaped("/admin/users/xss.orang", "admin");
	}

	@Test
	void taskTitlesDescriptionsAndCommentsAreShownAsText() throws Exception {
		String task = send(post("/programmes/1/tasks").param("title", XSS)
			.param("description", XSS)
			.param("expectedOutput", XSS)
			.param("areaCode", "A")
			.param("picUsername", "kepala")
			.param("pokjaId", "1")
			.param("status", "BELUM")
			.param("priority", "SEDANG")
			.param("progress", "0"), "kepala");
		send(post(task + "/comments").param("body", XSS), "kepala");
		assertThat(this.jdbc.sql("select count(*) from task_comment where body = :xss")
			.param("xss", XSS)
			.query(Long.class)
			.single()).isEqualTo(1);
		for (String page : List.of(task, "/programmes/1/tasks?pic=kepala&area=A", "/me/tasks",
				"/programmes/1/pokja/1/board", "/programmes/1/coordinator")) {
			assertEscaped(page, "kepala");
		}
	}

	@Test
	void reviewCommentsAreShownAsText() throws Exception {
		send(post("/programmes/1/submit"), "kepala");
		send(post("/programmes/1/review/items/PPA1A").param("verdict", "PERLU_REVISI")
			.param("note", XSS)
			.param("option", "TIDAK"), "pembina");
		send(post("/programmes/1/review/return"), "pembina");
		send(post("/programmes/1/review/items/PPA1A/comments").param("body", XSS), "anggota");
		assertThat(this.jdbc.sql("select count(*) from review_comment where body = :xss")
			.param("xss", XSS)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertEscaped("/programmes/1/review", "kepala");
		assertEscaped("/programmes/1/review", "pembina");
	}

	@Test
	void activityTitlesGuestsFollowUpsAndMarkdownMinutesAreShownAsText() throws Exception {
		String activity = send(
				post("/programmes/1/activities").param("kind", "RAPAT_KOORDINASI")
					.param("title", XSS)
					.param("date", "2026-03-02")
					.param("place", XSS)
					.param("guests", XSS)
					.param("followUps", XSS)
					.param("minutes", XSS + "\n\n<a href=\"javascript:alert(3)\">x</a>\n\n[ok](https://example.org)"),
				"kepala");
		String html = assertEscaped(activity, "kepala");
		assertThat(html).contains("href=\"https://example.org\"");
		assertEscaped("/programmes/1/activities", "kepala");
	}

	@Test
	void obstacleDescriptionsAndChangeTitlesAreShownAsText() throws Exception {
		send(post("/programmes/1/obstacles").param("description", XSS)
			.param("severity", "SEDANG")
			.param("areaCode", "A"), "kepala");
		assertEscaped("/programmes/1/obstacles", "kepala");
		send(post("/programmes/1/agents/1/changes").param("title", XSS)
			.param("changedOn", "2026-04-01")
			.param("integrated", "true"), "kepala");
		send(post("/programmes/1/pokja/1/name").param("name", "Pokja " + XSS).param("version", version("pokja", 1)),
				"kepala");
		assertEscaped("/programmes/1/agents", "kepala");
		assertEscaped("/programmes/1/pokja", "kepala");
	}

	/**
	 * Protection: only http and https links are accepted as evidence, whatever the case,
	 * leading blanks or control characters an attacker adds to hide the scheme; and the
	 * title of a link is shown as text.
	 */
	@Test
	void evidenceLinksOtherThanHttpAreRefusedAndTitlesAreShownAsText() throws Exception {
		long before = count("evidence");
		for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
				"java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
				"//evil.example.org/x", "file:///etc/passwd")) {
			this.mvc
				.perform(multipart("/programmes/1/evidence").param("kind", "LAINNYA")
					.param("title", "Tautan")
					.param("url", url)
					.with(csrf())
					.with(as("kepala")))
				.andReturn();
			assertThat(count("evidence")).as(url).isEqualTo(before);
		}
		this.mvc
			.perform(multipart("/programmes/1/evidence").param("kind", "LAINNYA")
				.param("title", XSS)
				.param("url", "https://example.org/folder?a=1&b=%22%3E%3Cscript%3E")
				.param("itemCodes", "PPA1A")
				.with(csrf())
				.with(as("kepala")))
			.andReturn();
		long id = this.jdbc.sql("select id from evidence where title = :xss")
			.param("xss", XSS)
			.query(Long.class)
			.single();
		assertEscaped("/programmes/1/evidence", "kepala");
		assertThat(assertEscaped("/evidence/" + id, "kepala"))
			.contains("href=\"https://example.org/folder?a=1&amp;b=%22%3E%3Cscript%3E\"");
	}

	private String send(MockHttpServletRequestBuilder request, String username) throws Exception {
		var response = this.mvc.perform(request.with(csrf()).with(as(username))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(300, 399);
		return response.getRedirectedUrl();
	}

	/**
	 * The page shows the text (escaped), and none of it as markup.
	 */
	private String assertEscaped(String page, String username) throws Exception {
		var response = this.mvc.perform(get(page).with(as(username))).andReturn().getResponse();
		assertThat(response.getStatus()).as(page).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).as(page)
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert")
			.doesNotContainIgnoringCase("<img src=x")
			.doesNotContainIgnoringCase("href=\"javascript:");
		return html;
	}

	private String version(String table, long id) {
		return String.valueOf(this.jdbc.sql("select version from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
