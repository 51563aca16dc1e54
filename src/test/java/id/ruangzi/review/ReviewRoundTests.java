package id.ruangzi.review;

import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.evidence.FileUpload;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rounds, verdicts, threads and calibration on the demo programme of MTsN 2 Bandar
 * Lampung (id 1), through the facade. Rolled back after each test.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class ReviewRoundTests {

	static final long DEMO = 1;

	@Autowired
	ReviewApi review;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	AnswerService answers;

	@Autowired
	UserDetailsService users;

	@Autowired
	EvidenceApi evidence;

	@Test
	void submittingFreezesTheAnswersAsRoundOneAndLaterEditsDoNotChangeIt() {
		Item item = answeredLetteredItem();
		String before = sheet().answers().get(item.code()).letter();
		RoundView round = this.review.submit(principal("kepala"), DEMO);
		assertThat(round.number()).isEqualTo(1);
		assertThat(this.assessment.programme(principal("kepala"), DEMO).stage()).isEqualTo(Stage.DIAJUKAN);
		assertThatThrownBy(() -> this.answers.answer(principal("kepala"), DEMO, item.code(), other(item, before)))
			.isInstanceOf(ConflictException.class);

		this.review.returnForRevision(principal("pembina"), DEMO);
		this.answers.answer(principal("kepala"), DEMO, item.code(), other(item, before));

		Map<String, ItemValue> frozen = this.review.frozenAnswers(principal("kepala"), DEMO, 1);
		assertThat(frozen.get(item.code()).letter()).isEqualTo(before);
		assertThat(frozen).hasSize((int) sheet().answers().values().stream().filter((a) -> a.answered()).count());
	}

	@Test
	void submittingFreezesTheCurrentEvidenceRevisionsAndALaterUploadDoesNotChangeTheRound() {
		Map<Long, Long> current = new java.util.HashMap<>();
		this.evidence.currentRevisions(DEMO).forEach((r) -> current.put(r.evidenceId(), r.revisionId()));
		assertThat(current).isNotEmpty();
		this.review.submit(principal("kepala"), DEMO);
		assertThat(this.review.frozenEvidence(principal("pembina"), DEMO, 1)).isEqualTo(current);

		this.review.returnForRevision(principal("pembina"), DEMO);
		long evidenceId = current.keySet().iterator().next();
		byte[] pdf = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n" + System.nanoTime())
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		this.evidence.addRevision(principal("kepala"), evidenceId,
				new FileUpload("sk-revisi.pdf", () -> new java.io.ByteArrayInputStream(pdf)));
		this.review.submit(principal("kepala"), DEMO);

		assertThat(this.review.frozenEvidence(principal("pembina"), DEMO, 1)).isEqualTo(current);
		assertThat(this.review.frozenEvidence(principal("pembina"), DEMO, 2).get(evidenceId))
			.isNotEqualTo(current.get(evidenceId));
	}

	@Test
	void resubmittingAfterAReturnOpensRoundTwoAndShowsWhatChanged() {
		Item item = answeredLetteredItem();
		String before = sheet().answers().get(item.code()).letter();
		this.review.submit(principal("kepala"), DEMO);
		this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.PERLU_REVISI, null, "Lengkapi SK", null);
		this.review.returnForRevision(principal("pembina"), DEMO);
		Answer changed = other(item, before);
		this.answers.answer(principal("kepala"), DEMO, item.code(), changed);

		RoundView second = this.review.submit(principal("ketua.tim"), DEMO);

		assertThat(second.number()).isEqualTo(2);
		assertThat(this.review.rounds(principal("pembina"), DEMO)).extracting(RoundView::outcome)
			.containsExactly("RETURNED", null);
		assertThat(this.review.changes(principal("kepala"), DEMO, 2))
			.containsExactly(new ItemChange(item.code(), ItemValue.of(Answer.option(before)), ItemValue.of(changed)));
		assertThat(this.review.frozenAnswers(principal("kepala"), DEMO, 1).get(item.code()).letter()).isEqualTo(before);
		// The verdicts of round 1 stay with round 1; round 2 starts without any.
		assertThat(this.review.page(principal("pembina"), DEMO).verdicts()).isEmpty();
	}

	@Test
	void aReturnedProgrammeShowsTheNotesAndTheThreadToTheUnit() {
		Item item = answeredLetteredItem();
		this.review.submit(principal("kepala"), DEMO);
		this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.PERLU_REVISI, null,
				"Unggah SK tim terbaru", null);
		this.review.comment(principal("pembina"), DEMO, item.code(), "Mohon dilengkapi");
		this.review.returnForRevision(principal("pembina"), DEMO);
		this.review.comment(principal("anggota"), DEMO, item.code(), "Sudah kami unggah");

		ReviewPage page = this.review.page(principal("kepala"), DEMO);

		assertThat(page.revisions()).extracting(Item::code).containsExactly(item.code());
		assertThat(page.verdicts().get(item.code()).note()).isEqualTo("Unggah SK tim terbaru");
		assertThat(page.thread(item.code())).extracting(CommentView::body, CommentView::reviewer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Mohon dilengkapi", true),
					org.assertj.core.groups.Tuple.tuple("Sudah kami unggah", false));
		assertThat(page.maySubmit()).isTrue();
		assertThat(page.mayReview()).isFalse();
	}

	@Test
	void theCalibrationScoresTheReviewersAnswersWithTheSameEngine() {
		Item item = answeredLetteredItem();
		String unitLetter = sheet().answers().get(item.code()).letter();
		String worst = item.options().get(item.options().size() - 1).letter();
		this.review.submit(principal("kepala"), DEMO);
		List<AreaCalibration> untouched = this.review.page(principal("pembina"), DEMO).calibration();
		assertThat(untouched).allSatisfy((area) -> assertThat(area.difference()).isZero());

		this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.PERLU_REVISI, Answer.option(worst), null,
				null);

		AreaCalibration area = this.review.page(principal("kepala"), DEMO)
			.calibration()
			.stream()
			.filter((a) -> a.area().equals(item.area().name()))
			.findFirst()
			.orElseThrow();
		assertThat(unitLetter).isNotEqualTo(worst);
		assertThat(area.reviewerScore()).isLessThan(area.unitScore());
		assertThat(area.difference()).isNegative();
	}

	@Test
	void submittingAndClosingARoundAreAnnouncedToOtherModules(@Autowired ApplicationEvents events) {
		this.review.submit(principal("kepala"), DEMO);
		this.review.returnForRevision(principal("pembina"), DEMO);
		this.review.submit(principal("kepala"), DEMO);
		this.review.complete(principal("kanwil.lampung"), DEMO);
		long unitId = this.assessment.programme(principal("kepala"), DEMO).unitId();
		assertThat(events.stream(ProgrammeSubmitted.class)).containsExactly(new ProgrammeSubmitted(DEMO, unitId, 1),
				new ProgrammeSubmitted(DEMO, unitId, 2));
		assertThat(events.stream(ReviewClosed.class)).containsExactly(new ReviewClosed(DEMO, unitId, 1, "RETURNED"),
				new ReviewClosed(DEMO, unitId, 2, "COMPLETED"));
	}

	@Test
	void theQueueListsSubmittedProgrammesInScopeOldestFirst() {
		assertThat(this.review.queue(principal("pembina"))).isEmpty();
		this.review.submit(principal("kepala"), DEMO);
		this.review.submit(principal("kepala.man2"), 2);
		assertThat(this.review.queue(principal("pembina"))).extracting((entry) -> entry.programme().id())
			.containsExactly(DEMO);
		assertThat(this.review.queue(principal("pembina.tdt"))).extracting((entry) -> entry.programme().id())
			.containsExactly(2L);
		assertThat(this.review.queue(principal("admin"))).isEmpty();
	}

	@Test
	void onlyThoseWhoRunTheProgrammeMaySubmitAndOnlyOnce() {
		assertThatThrownBy(() -> this.review.submit(principal("koordinator"), DEMO))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.review.submit(principal("anggota"), DEMO)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.review.submit(principal("pembina"), DEMO)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.review.submit(principal("pembina.tdt"), DEMO))
			.isInstanceOf(NotFoundException.class);
		this.review.submit(principal("kepala"), DEMO);
		assertThatThrownBy(() -> this.review.submit(principal("kepala"), DEMO)).isInstanceOf(ConflictException.class);
	}

	@Test
	void onlySupervisorsInScopeReviewAndOnlyASubmittedProgramme() {
		Item item = answeredLetteredItem();
		assertThatThrownBy(
				() -> this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.DITERIMA, null, null, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.review.returnForRevision(principal("pembina"), DEMO))
			.isInstanceOf(ConflictException.class);
		this.review.submit(principal("kepala"), DEMO);
		assertThatThrownBy(
				() -> this.review.verdict(principal("admin"), DEMO, item.code(), Verdict.DITERIMA, null, null, null))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.review.verdict(principal("kepala"), DEMO, item.code(), Verdict.DITERIMA, null, null, null))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.review.complete(principal("pembina.tdt"), DEMO))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.review.comment(principal("pembina.tdt"), DEMO, item.code(), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThat(
				this.review.verdict(principal("kanwil.lampung"), DEMO, item.code(), Verdict.DITERIMA, null, null, null)
					.verdict())
			.isEqualTo(Verdict.DITERIMA);
		this.review.complete(principal("pembina"), DEMO);
		assertThat(this.assessment.programme(principal("kepala"), DEMO).stage()).isEqualTo(Stage.DIREVIU);
		assertThatThrownBy(() -> this.review.complete(principal("pembina"), DEMO))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aStaleVerdictIsRefusedWithAConflict() {
		Item item = answeredLetteredItem();
		this.review.submit(principal("kepala"), DEMO);
		VerdictView first = this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.DITERIMA, null, null,
				null);
		VerdictView second = this.review.verdict(principal("kanwil.lampung"), DEMO, item.code(), Verdict.PERLU_REVISI,
				null, "Belum lengkap", first.version());
		assertThat(second.version()).isGreaterThan(first.version());
		assertThatThrownBy(() -> this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.DITERIMA, null,
				null, first.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(
				() -> this.review.verdict(principal("pembina"), DEMO, item.code(), Verdict.DITERIMA, null, null, null))
			.isInstanceOf(ConflictException.class);
	}

	private Item answeredLetteredItem() {
		AssessmentSheet sheet = sheet();
		return sheet.template()
			.items()
			.stream()
			.filter((item) -> item.area() != null && item.options().size() > 1)
			.filter((item) -> sheet.answers().containsKey(item.code()) && sheet.answers().get(item.code()).answered())
			.filter((item) -> !sheet.answers()
				.get(item.code())
				.letter()
				.equals(item.options().get(item.options().size() - 1).letter()))
			.findFirst()
			.orElseThrow();
	}

	private static Answer other(Item item, String letter) {
		return Answer.option(item.options()
			.stream()
			.map((option) -> option.letter())
			.filter((l) -> !l.equals(letter))
			.findFirst()
			.orElseThrow());
	}

	private AssessmentSheet sheet() {
		return this.assessment.sheet(principal("kepala"), DEMO);
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
