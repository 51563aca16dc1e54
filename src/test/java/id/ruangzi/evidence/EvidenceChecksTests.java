package id.ruangzi.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class EvidenceChecksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EvidenceChecks checks;

	@Autowired
	EvidenceApi evidence;

	@Autowired
	AnswerService answers;

	@jakarta.persistence.PersistenceContext
	jakarta.persistence.EntityManager entities;

	CurrentUser head() {
		return (CurrentUser) this.users.loadUserByUsername("kepala");
	}

	static byte[] pdf() {
		return (new String(EvidenceUploadTests.PDF, StandardCharsets.ISO_8859_1) + "% " + UUID.randomUUID() + "\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	EvidenceView file(String title, EvidenceKind kind, LocalDate date, byte[] bytes, String... items) {
		return this.evidence
			.create(head(), 1, new EvidenceDraft(title, kind, date, null, List.of(items)),
					new FileUpload(title + ".pdf", () -> new ByteArrayInputStream(bytes)))
			.evidence();
	}

	EvidenceView link(String title, EvidenceKind kind, LocalDate date, String... items) {
		return this.evidence.create(head(), 1,
				new EvidenceDraft(title, kind, date, "https://example.org/" + UUID.randomUUID(), List.of(items)), null)
			.evidence();
	}

	static List<String> items(EvidenceCheckReport report, EvidenceCheck check) {
		return report.findings(check).stream().flatMap((f) -> f.itemCodes().stream()).toList();
	}

	@Test
	void anItemAnsweredAboveZeroIsFlaggedUntilItHasEvidence() {
		this.answers.answer(head(), 1, "PPC3F", new Answer.Choice("A"));
		assertThat(items(this.checks.report(head(), 1, null), EvidenceCheck.UNSUPPORTED_ANSWER)).contains("PPC3F");
		link("Laporan", EvidenceKind.LAPORAN, LocalDate.of(2026, 3, 1), "PPC3F");
		EvidenceCheckReport report = this.checks.report(head(), 1, null);
		assertThat(items(report, EvidenceCheck.UNSUPPORTED_ANSWER)).doesNotContain("PPC3F", "PPA1A");
	}

	@Test
	void evidenceDatedOutsideTheProgrammeYearIsFlaggedInTheAreasOfItsItems() {
		EvidenceView old = link("SK lama", EvidenceKind.SK, LocalDate.of(2024, 12, 31), "PPB1A");
		EvidenceCheckReport report = this.checks.report(head(), 1, null);
		List<EvidenceFinding> found = report.findings(EvidenceCheck.OUTSIDE_YEAR);
		assertThat(found).anySatisfy((f) -> {
			assertThat(f.evidence()).extracting(EvidenceRef::id).containsExactly(old.id());
			assertThat(f.sections()).containsExactly("B");
			assertThat(f.documentDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		});
		assertThat(found).noneSatisfy((f) -> assertThat(f.documentDate().getYear()).isEqualTo(2026));
		assertThat(report.count(EvidenceCheck.OUTSIDE_YEAR, "B")).isGreaterThanOrEqualTo(1);
		assertThat(this.checks.report(head(), 1, "A").findings(EvidenceCheck.OUTSIDE_YEAR))
			.noneSatisfy((f) -> assertThat(f.evidence()).extracting(EvidenceRef::id).contains(old.id()));
	}

	@Test
	void theSameFileOnItemsOfOneSubIndicatorIsFineButAcrossSubIndicatorsIsFlagged() {
		byte[] related = pdf();
		file("Notulen satu", EvidenceKind.NOTULEN, null, related, "PPA1A");
		file("Notulen dua", EvidenceKind.NOTULEN, null, related, "PPA1B");
		byte[] unrelated = pdf();
		EvidenceView first = file("Laporan satu", EvidenceKind.LAPORAN, null, unrelated, "PPA2A");
		EvidenceView second = file("Laporan dua", EvidenceKind.LAPORAN, null, unrelated, "PPD1A");
		List<EvidenceFinding> found = this.checks.report(head(), 1, null).findings(EvidenceCheck.SHARED_FILE);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).itemCodes()).containsExactly("PPA2A", "PPD1A");
		assertThat(found.get(0).sections()).containsExactly("A", "D");
		assertThat(found.get(0).evidence()).extracting(EvidenceRef::id).containsExactly(first.id(), second.id());
	}

	@Test
	void anItemWhoseEvidenceIsOfNoKindItsTypicalEvidenceNamesIsFlagged() {
		// Demo: PPA1A has an SK (named by its text); PPA1B only a photo, while its text
		// names minutes and reports.
		EvidenceCheckReport report = this.checks.report(head(), 1, null);
		assertThat(items(report, EvidenceCheck.KIND_MISMATCH)).contains("PPA1B").doesNotContain("PPA1A");
		assertThat(report.findings(EvidenceCheck.KIND_MISMATCH)
			.stream()
			.filter((f) -> f.itemCodes().contains("PPA1B"))
			.findFirst()
			.orElseThrow()
			.expected()).contains(EvidenceKind.NOTULEN, EvidenceKind.LAPORAN);
		link("Notulen pemilihan tim", EvidenceKind.NOTULEN, null, "PPA1B");
		assertThat(items(this.checks.report(head(), 1, null), EvidenceCheck.KIND_MISMATCH)).doesNotContain("PPA1B");
	}

	@Test
	void thePageShowsCountsPerCheckAndAreaToASupervisorAndFiltersByArea() throws Exception {
		this.mvc
			.perform(get("/programmes/1/evidence/checks").param("area", "A")
				.with(user(this.users.loadUserByUsername("pembina"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-KIND_MISMATCH\"")))
			.andExpect(content().string(containsString("PPA1B")))
			.andExpect(content().string(containsString("/programmes/1/evidence/package.zip")));
		this.mvc
			.perform(get("/programmes/1/evidence/checks").param("area", "D")
				.with(user(this.users.loadUserByUsername("pembina"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">PPA1B<"))));
	}

	@Test
	void anUnknownAreaIsABadRequestAndAnotherUnitsProgrammeIsNotFound() throws Exception {
		this.mvc
			.perform(get("/programmes/1/evidence/checks").param("area", "Z")
				.with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/programmes/1/evidence/checks").with(user(this.users.loadUserByUsername("pembina.tdt"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProgrammeTheEvidenceListAndEachAreaLinkToTheChecks() throws Exception {
		this.mvc.perform(get("/programmes/1").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(content().string(containsString("/programmes/1/evidence/checks")));
		this.mvc.perform(get("/programmes/1/evidence").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(content().string(containsString("/programmes/1/evidence/checks")));
		this.mvc.perform(get("/programmes/1/areas/C").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(content().string(containsString("/programmes/1/evidence/checks?area=C")));
	}

	@Test
	void thePageRunsTheSameNumberOfStatementsForFewAndManyEvidenceRecords() throws Exception {
		statements(); // warms caches (template, users) shared by both
		int few = statements();
		for (int i = 0; i < 8; i++) {
			file("Bukti " + i, (i % 2 == 0) ? EvidenceKind.FOTO : EvidenceKind.SK, LocalDate.of(2020 + i, 1, 1), pdf(),
					"PPA2A", "PPB1A", "PPE1A");
			link("Tautan " + i, EvidenceKind.LAINNYA, null, "PPC1A");
		}
		this.entities.flush();
		assertThat(statements()).isEqualTo(few);
	}

	private int statements() throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/programmes/1/evidence/checks").with(user(this.users.loadUserByUsername("pembina"))))
			.andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}
