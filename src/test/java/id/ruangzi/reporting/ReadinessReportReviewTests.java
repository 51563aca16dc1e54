package id.ruangzi.reporting;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.ReadinessReport.RevisionNote;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.Verdict;
import id.ruangzi.test.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review part of the readiness report: the latest round and the items the reviewer
 * sent back with their notes. Rolled back.
 */
@IntegrationTest
@Transactional
class ReadinessReportReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewApi review;

	@Autowired
	ReadinessReports reports;

	@Autowired
	UserDetailsService users;

	@Test
	void beforeTheFirstSubmissionTheReportSaysThereIsNoRound() {
		assertThat(this.reports.report(as("kepala"), 1).review().round()).isNull();
		assertThat(this.reports.report(as("kepala"), 1).review().revisions()).isEmpty();
	}

	@Test
	void listsTheItemsOfTheLatestRoundThatNeedRevisionWithTheirNotes() throws Exception {
		this.review.submit(as("kepala"), 1);
		this.review.verdict(as("pembina"), 1, "PPA1A", Verdict.PERLU_REVISI, null,
				"Lengkapi SK tim kerja: nilai ≥ 75% → “baik” ✓", null);
		this.review.verdict(as("pembina"), 1, "PPA1B", Verdict.DITERIMA, null, "Sudah baik", null);
		ReadinessReport report = this.reports.report(as("kepala"), 1);
		assertThat(report.review().round().number()).isEqualTo(1);
		assertThat(report.review().revisions()).extracting(RevisionNote::itemCode).containsExactly("PPA1A");
		byte[] pdf = this.mvc.perform(get("/programmes/1/reports/readiness.pdf").with(user(as("kepala"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Putaran reviu 1")
				.contains("PPA1A")
				.contains("Lengkapi SK tim kerja: nilai ≥ 75% → “baik”");
			// Helvetica cannot draw these; the embedded fallback font can, and embeds
			// itself.
			assertThat(fontNames(document)).anyMatch((name) -> name.contains("LiberationSans"));
			assertThat(text).doesNotContain("Sudah baik");
		}
	}

	private static java.util.List<String> fontNames(PDDocument document) throws java.io.IOException {
		java.util.List<String> names = new java.util.ArrayList<>();
		for (var page : document.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(name).getName());
			}
		}
		return names;
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
