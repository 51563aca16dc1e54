package id.ruangzi.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-assessment pages against the demo programmes (MTsN 2 Bandar Lampung's is id 1,
 * about 60% answered). Tests that save run in a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class SelfAssessmentPagesTests {

	static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoProgrammesHaveTheIdsTheRouteInventoryUses() {
		assertThat(programmeOf("MTSN2-BDL")).isEqualTo(1L);
		assertThat(programmeOf("MAN2-TDT")).isEqualTo(2L);
	}

	@Test
	void programmeListShowsTheDemoProgrammeAndTheOpenForm() throws Exception {
		this.mvc.perform(get("/programmes").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/programmes/1\"")))
			.andExpect(content().string(containsString("Buka program baru")));
		this.mvc.perform(get("/programmes").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/programmes/1\"")))
			.andExpect(content().string(not(containsString("Buka program baru"))));
	}

	@Test
	void overviewExplainsTheGapsToTheTargetPredicate() throws Exception {
		this.mvc.perform(get("/programmes/2").with(as("kepala.man2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Langkah menuju predikat WBK")))
			.andExpect(content().string(containsString("hanya dengan memperbaiki komponen pengungkit")))
			.andExpect(content().string(containsString("Nilai IPAK: kurang 0,22")))
			.andExpect(content().string(containsString("<th scope=\"col\">Jawaban sekarang</th>")));
		this.mvc.perform(get("/programmes/1").with(as("kepala")))
			.andExpect(content().string(containsString("Perbaikan dengan tambahan nilai terbesar")));
	}

	@Test
	void overviewShowsEveryAreaWithTheSameNumbersAsTheApi() throws Exception {
		for (long id : List.of(1L, 2L)) {
			String user = (id == 1) ? "kepala" : "kepala.man2";
			String json = this.mvc.perform(get("/api/v1/programmes/" + id + "/score").with(as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String html = this.mvc.perform(get("/programmes/" + id).with(as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String area : List.of("A", "B", "C", "D", "E", "F")) {
				List<Map<String, Object>> rows = JsonPath.read(json, "$.areas[?(@.code == '" + area + "')]");
				Map<String, Object> row = rows.get(0);
				for (String column : List.of("pemenuhan", "reform", "score", "weight", "percent")) {
					String expected = number(row.get(column));
					if (column.equals("percent")) {
						expected = expected + "%";
					}
					assertThat(html).as("area %s %s of programme %d", area, column, id)
						.contains("id=\"area-" + area + "-" + column + "\">" + expected + "<");
				}
			}
			for (String total : List.of("total", "pengungkit", "pemenuhan", "reform", "hasil")) {
				assertThat(html)
					.contains("id=\"total-" + total + "\">" + number(JsonPath.read(json, "$." + total)) + "<");
			}
			assertThat(html).contains("id=\"area-HASIL-score\">" + number(JsonPath.read(json, "$.hasil")) + "<");
		}
		this.mvc.perform(get("/programmes/2").with(as("kepala.man2")))
			.andExpect(content().string(containsString("id=\"total-total\">77,35<")))
			.andExpect(content().string(containsString("id=\"area-A-answered\">16 dari 16 butir<")))
			.andExpect(content().string(containsString("id=\"gate-TOTAL\"")))
			.andExpect(content().string(containsString("Syarat predikat WBK")));
	}

	@Test
	void areaPageListsTheAreasItemsGroupedBySubIndicatorPemenuhanThenReform() throws Exception {
		String html = this.mvc.perform(get("/programmes/1/areas/A").with(as("koordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Area A: Manajemen Perubahan", "id=\"PPA1A-YA\"", "id=\"PPA2B-A\"",
				"name=\"input.agen\"", "SK Tim Kerja Pembangunan ZI", "Terakhir diubah oleh");
		assertThat(html.indexOf("id=\"heading-PPA1\"")).isLessThan(html.indexOf("id=\"item-PPA1A\""));
		assertThat(html.indexOf("id=\"item-PPA1B\"")).isLessThan(html.indexOf("id=\"heading-PPA2\""));
		assertThat(html.indexOf("id=\"heading-PPA2\"")).isLessThan(html.indexOf("id=\"heading-PRA1\""));
		assertThat(html).doesNotContain("id=\"item-PPB1A\"").doesNotContain("id=\"item-HBA\"");
		this.mvc.perform(get("/programmes/1/hasil").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"HBA-index\"")))
			.andExpect(content().string(containsString("id=\"item-HPA\"")));
		this.mvc.perform(get("/programmes/1/areas/G").with(as("koordinator"))).andExpect(status().isNotFound());
	}

	@Test
	void htmxSaveAnswersTheItemWithTheNewSubIndicatorAndAreaScoresAndPersists() throws Exception {
		String before = JsonPath.read(score(), "$.areas[0].score").toString();
		htmx("PPA2B", "option", "A", "note", "Rencana kerja disahkan kepala").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"item-PPA2B\"")))
			.andExpect(content().string(containsString("PPA2B tersimpan")))
			.andExpect(content().string(containsString("id=\"si-PPA2\"")))
			.andExpect(content().string(containsString("id=\"section-summary\"")))
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\"")))
			.andExpect(content().string(containsString("Terakhir diubah oleh")));
		ItemAnswerView saved = this.assessment.sheet(currentUser("koordinator"), DEMO).answers().get("PPA2B");
		assertThat(saved.letter()).isEqualTo("A");
		assertThat(saved.note()).isEqualTo("Rencana kerja disahkan kepala");
		String after = JsonPath.read(score(), "$.areas[0].score").toString();
		assertThat(Double.parseDouble(after)).isGreaterThan(Double.parseDouble(before));

		htmx("PPA2B", "option", "", "note", "").andExpect(status().isOk());
		assertThat(this.assessment.sheet(currentUser("koordinator"), DEMO).answers().get("PPA2B").answered()).isFalse();
		assertThat(JsonPath.read(score(), "$.areas[0].score").toString()).isEqualTo(before);
	}

	@Test
	void aSaveOverSomeoneElsesNewerChangeIsRefusedAndShowsTheirAnswer() throws Exception {
		String page = this.mvc.perform(get("/programmes/1/areas/A").with(as("kepala")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher seen = java.util.regex.Pattern
			.compile("id=\"item-PPA1B\".*?name=\"seen\" value=\"([^\"]*)\"", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(seen.find()).isTrue();
		assertThat(this.assessment.sheet(currentUser("kepala"), DEMO).answers().get("PPA1B").answered()).isTrue();

		// Meanwhile the coordinator clears the item.
		htmx("PPA1B", "option", "", "note", "").andExpect(status().isOk());

		this.mvc
			.perform(post("/programmes/1/items/PPA1B").header("HX-Request", "true")
				.with(as("kepala"))
				.with(csrf())
				.param("option", "A")
				.param("note", "")
				.param("seen", seen.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("orang lain baru saja mengubah butir ini")));
		assertThat(this.assessment.sheet(currentUser("kepala"), DEMO).answers().get("PPA1B").answered()).isFalse();
	}

	@Test
	@Transactional
	void theSameSaveSentTwiceFromOnePageIsNoConflict() throws Exception {
		String page = this.mvc.perform(get("/programmes/1/areas/A").with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher seen = java.util.regex.Pattern
			.compile("id=\"item-PRA1A\".*?name=\"seen\" value=\"([^\"]*)\"", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(seen.find()).isTrue();
		// Enter in a number field and leaving it send the same form twice with the same
		// stamp; the second finds the first's newer stamp and the same answer.
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/programmes/1/items/PRA1A").header("HX-Request", "true")
					.with(as("koordinator"))
					.with(csrf())
					.param("input.agen", "7")
					.param("input.perubahan", "5")
					.param("note", "")
					.param("seen", seen.group(1)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("orang lain baru saja mengubah butir ini"))));
		}
		assertThat(this.assessment.sheet(currentUser("koordinator"), DEMO).answers().get("PRA1A").inputs().get("agen"))
			.isEqualByComparingTo("7");
	}

	@Test
	void invalidNumbersShowTheMessageNextToTheItemAndSaveNothing() throws Exception {
		ItemAnswerView before = this.assessment.sheet(currentUser("koordinator"), DEMO).answers().get("PRA1A");
		htmx("PRA1A", "input.agen", "-1", "input.perubahan", "2").andExpect(status().isOk())
			.andExpect(content().string(containsString("Jawaban tidak disimpan: isian agen tidak boleh negatif (-1).")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("value=\"-1\"")));
		htmx("PRA1A", "input.agen", "lima", "input.perubahan", "2").andExpect(status().isOk())
			.andExpect(content().string(containsString("bukan angka")));
		htmxAs("kepala", "HBA", "index", "4.5").andExpect(status().isOk())
			.andExpect(content().string(containsString("Jawaban tidak disimpan")));
		Map<String, ItemAnswerView> after = this.assessment.sheet(currentUser("koordinator"), DEMO).answers();
		assertThat(after.get("PRA1A")).isEqualTo(before);
		assertThat(after.get("HBA").index()).isEqualByComparingTo("3.40");
	}

	@Test
	@Transactional
	void coordinatorEditsTheItemsOfTheirPokjaAreaAndNoOthers() throws Exception {
		// koordinator sits in pokja A only (demo): area A items save, area B and Hasil
		// refuse.
		htmx("PPA1A", "option", "YA").andExpect(status().isOk())
			.andExpect(content().string(containsString("PPA1A tersimpan")));
		assertThat(this.assessment.sheet(currentUser("koordinator"), DEMO).answers().get("PPA1A").letter())
			.isEqualTo("YA");
		ItemAnswerView before = this.assessment.sheet(currentUser("kepala"), DEMO).answers().get("PPB1A");
		htmx("PPB1A", "option", "B").andExpect(status().isForbidden());
		htmx("HBA", "index", "3.9").andExpect(status().isForbidden());
		assertThat(this.assessment.sheet(currentUser("kepala"), DEMO).answers().get("PPB1A")).isEqualTo(before);
		this.mvc.perform(get("/programmes/1/areas/B").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dikerjakan pokja lain")));
		this.mvc.perform(get("/programmes/1/areas/A").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("dikerjakan pokja lain"))));
	}

	@Test
	void withoutJavaScriptASaveRedirectsBackToTheItemWithAFlashMessage() throws Exception {
		this.mvc.perform(post("/programmes/1/items/HBA").param("index", "3,75").with(as("kepala")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programmes/1/hasil#item-HBA"))
			.andExpect(flash().attribute("flashSuccess", "assessment.item.saved"));
		assertThat(this.assessment.sheet(currentUser("kepala"), DEMO).answers().get("HBA").index())
			.isEqualByComparingTo("3.75");
	}

	@Test
	void membersAndSupervisorsSeeDisabledControlsAndCannotSave() throws Exception {
		for (String reader : List.of("anggota", "pembina")) {
			this.mvc.perform(get("/programmes/1/areas/A").with(as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")))
				.andExpect(content().string(containsString("Anda hanya dapat melihat")))
				.andExpect(content().string(not(containsString("id=\"PPA1A-save\""))));
			this.mvc
				.perform(post("/programmes/1/items/PPA1A").param("option", "YA")
					.header("HX-Request", "true")
					.with(as(reader))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/programmes/1/areas/A").with(as("koordinator")))
			.andExpect(content().string(not(containsString("<fieldset disabled"))))
			.andExpect(content().string(containsString("id=\"PPA1A-save\"")));
	}

	@Test
	void supervisorOfAnotherSubtreeFindsNoProgramme() throws Exception {
		for (String path : List.of("/programmes/1", "/programmes/1/areas/A", "/programmes/1/hasil")) {
			this.mvc.perform(get(path).with(as("pembina.tdt"))).andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/programmes/1/items/PPA1A").param("option", "YA").with(as("pembina.tdt")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void submittedProgrammeIsReadOnlyAndRefusesSaves() throws Exception {
		this.jdbc.sql("update programme set stage = 'DIAJUKAN' where id = 1").update();
		this.mvc.perform(get("/programmes/1/areas/A").with(as("kepala")))
			.andExpect(content().string(containsString("tahap Diajukan")))
			.andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")));
		htmx("PPA2B", "option", "A").andExpect(status().isOk())
			.andExpect(content().string(containsString("program sudah diajukan")));
	}

	@Test
	void openingAWbbmProgrammeForAUnitWithoutWbkSaysWhy() throws Exception {
		this.mvc
			.perform(post("/programmes").param("unitCode", "MTSN2-BDL")
				.param("year", "2031")
				.param("target", "WBBM")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Target WBBM hanya untuk unit yang sudah meraih predikat WBK")));
		this.mvc
			.perform(post("/programmes").param("unitCode", "MTSN2-BDL")
				.param("year", "2026")
				.param("target", "WBK")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah mempunyai program untuk tahun 2026")));
		this.mvc
			.perform(post("/programmes").param("unitCode", "MTSN2-BDL")
				.param("year", "2031")
				.param("target", "WBK")
				.param("deadline", "2031-06-30")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/programmes/*"))
			.andExpect(flash().attribute("flashSuccess", "assessment.open.done"));
		this.mvc
			.perform(post("/programmes").param("unitCode", "").param("year", "20x1").with(as("kepala")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi tahun antara 2000 dan 2100")))
			.andExpect(content().string(containsString("Pilih target predikat")));
	}

	private ResultActions htmx(String item, String... parameters) throws Exception {
		return htmxAs("koordinator", item, parameters);
	}

	private ResultActions htmxAs(String username, String item, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = post("/programmes/1/items/" + item).header("HX-Request", "true")
			.with(as(username))
			.with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private String score() throws Exception {
		return this.mvc.perform(get("/api/v1/programmes/1/score").with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Long programmeOf(String unitCode) {
		return this.jdbc
			.sql("select p.id from programme p join unit u on u.id = p.unit_id where u.code = :code and p.year = 2026")
			.param("code", unitCode)
			.query(Long.class)
			.single();
	}

	// The pages show numbers the Indonesian way: a decimal comma.
	private static String number(Object value) {
		return String.format(Locale.ROOT, "%.2f", ((Number) value).doubleValue()).replace('.', ',');
	}

	private CurrentUser currentUser(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
