package id.ruangzi.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.reporting.ReadinessReport.TaskLine;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReadinessReportTests {

	private static final long DEMO = 1;

	private static final Pattern TOTAL_ON_PAGE = Pattern.compile("id=\"total-total\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadinessReports reports;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	PokjaApi pokja;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void pdfShowsTheUnitTheTotalAsTheProgrammePageShowsItAndEveryGate() throws Exception {
		String page = this.mvc.perform(get("/programmes/1").with(user(as("kepala"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/programmes/1/reports/readiness")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher total = TOTAL_ON_PAGE.matcher(page);
		assertThat(total.find()).isTrue();
		byte[] pdf = this.mvc.perform(get("/programmes/1/reports/readiness.pdf").with(user(as("kepala"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("laporan-kesiapan-zi-MTSN2-BDL-2026.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		Path out = Path.of("target/screenshots/reporting/readiness-report.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Laporan Kesiapan Zona Integritas");
			assertThat(text).contains("MTsN 2 Bandar Lampung");
			assertThat(text).contains(" " + total.group(1).strip() + " ");
			ScoreReport score = this.assessment.score(as("kepala"), DEMO);
			for (GateResult gate : score.readiness(this.assessment.programme(as("kepala"), DEMO).target()).gates()) {
				assertThat(text).contains(
						this.messages.getMessage("assessment.gate." + gate.gate(), null, Locale.forLanguageTag("id")));
			}
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 96);
			ImageIO.write(first, "png", Path.of("target/screenshots/reporting/readiness-report-page1.png").toFile());
		}
	}

	@Test
	void previewShowsTheSameNumbersAsTheProgrammePage() throws Exception {
		String page = this.mvc.perform(get("/programmes/1").with(user(as("pembina"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher total = TOTAL_ON_PAGE.matcher(page);
		assertThat(total.find()).isTrue();
		this.mvc.perform(get("/programmes/1/reports/readiness").with(user(as("pembina"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readiness-total\">" + total.group(1) + "<")))
			.andExpect(content().string(containsString("/programmes/1/reports/readiness.pdf")))
			.andExpect(content().string(containsString("/css/readiness-report-")));
	}

	@Test
	void theReportIsInTheReadersLanguage() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/programmes/1/reports/readiness.pdf").param("lang", "en").with(user(as("kepala"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("Integrity Zone Readiness Report").contains("Evidence coverage");
	}

	@Test
	void aUnitHeadOfAnotherUnitGetsNotFound() throws Exception {
		this.mvc.perform(get("/programmes/1/reports/readiness.pdf").with(user(as("kepala.man2"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/reports/readiness").with(user(as("kepala.man2"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@Transactional
	void countsTasksDoneInProgressAndOverduePerPokja() {
		this.jdbc.sql("delete from task where programme_id = " + DEMO).update();
		LocalDate today = LocalDate.now(this.clock);
		PokjaView a = pokjaOf("A");
		task(a, today.minusDays(3), "SELESAI");
		task(a, today.minusDays(3), "PROSES");
		task(a, today.plusDays(3), "PROSES");
		task(a, today.minusDays(1), "BELUM");
		task(a, today.minusDays(1), "BATAL");
		ReadinessReport report = this.reports.report(as("kepala"), DEMO);
		TaskLine lineA = report.tasks().stream().filter((l) -> l.areaCode().equals("A")).findFirst().orElseThrow();
		assertThat(lineA.done()).isEqualTo(1);
		assertThat(lineA.inProgress()).isEqualTo(2);
		assertThat(lineA.notStarted()).isEqualTo(1);
		assertThat(lineA.overdue()).isEqualTo(2);
		assertThat(report.tasks()).hasSize(6);
		TaskLine lineB = report.tasks().stream().filter((l) -> l.areaCode().equals("B")).findFirst().orElseThrow();
		assertThat(lineB.done() + lineB.inProgress() + lineB.notStarted() + lineB.overdue()).isZero();
	}

	@Test
	void evidenceCoverageIsAnsweredItemsWithEvidenceOverAnsweredItems() {
		ReadinessReport.EvidenceSummary evidence = this.reports.report(as("kepala"), DEMO).evidence();
		long answered = this.assessment.score(as("kepala"), DEMO)
			.items()
			.stream()
			.filter(ScoreReport.ItemScore::answered)
			.count();
		assertThat(evidence.answeredItems()).isEqualTo(answered).isPositive();
		assertThat(evidence.answeredWithEvidence()).isLessThanOrEqualTo(answered);
		assertThat(evidence.coverage())
			.isEqualByComparingTo(java.math.BigDecimal.valueOf(evidence.answeredWithEvidence())
				.multiply(java.math.BigDecimal.valueOf(100))
				.divide(java.math.BigDecimal.valueOf(answered), 2, java.math.RoundingMode.HALF_UP));
		assertThat(evidence.checks()).hasSize(4);
	}

	@Test
	@Transactional
	void thePdfRunsAFixedNumberOfStatementsWhateverTheNumberOfTasks() throws Exception {
		this.jdbc.sql("delete from task where programme_id = " + DEMO).update();
		PokjaView a = pokjaOf("A");
		LocalDate today = LocalDate.now(this.clock);
		task(a, today, "BELUM");
		statements();
		int few = statements();
		for (int i = 0; i < 60; i++) {
			task(pokjaOf(String.valueOf((char) ('A' + i % 6))), today.minusDays(i),
					(i % 2 == 0) ? "PROSES" : "SELESAI");
		}
		int many = statements();
		assertThat(many).isEqualTo(few);
	}

	private int statements() throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/programmes/1/reports/readiness.pdf").with(user(as("kepala"))))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private void task(PokjaView pokja, LocalDate due, String status) {
		this.jdbc
			.sql("insert into task (programme_id, pokja_id, area_code, title, due_date, status, completed_at) "
					+ "values (:programme, :pokja, :area, 'Uji', :due, :status, "
					+ "case when :status = 'SELESAI' then now() end)")
			.param("programme", DEMO)
			.param("pokja", pokja.id())
			.param("area", pokja.areaCode())
			.param("due", due)
			.param("status", status)
			.update();
	}

	private PokjaView pokjaOf(String area) {
		return this.pokja.pokjaOf(DEMO).stream().filter((one) -> one.areaCode().equals(area)).findFirst().orElseThrow();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
