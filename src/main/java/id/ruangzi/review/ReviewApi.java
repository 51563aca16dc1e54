package id.ruangzi.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ProgrammeStages;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.review.internal.ItemVerdict;
import id.ruangzi.review.internal.ItemVerdictRepository;
import id.ruangzi.review.internal.ReviewComment;
import id.ruangzi.review.internal.ReviewCommentRepository;
import id.ruangzi.review.internal.ReviewRound;
import id.ruangzi.review.internal.ReviewRoundRepository;
import id.ruangzi.review.internal.RoundAnswers;
import id.ruangzi.review.internal.RoundEvidence;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.InvalidInputException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's facade: submission rounds with frozen answers, supervisors'
 * verdicts with their own answers (nilai TPI) and notes, the item threads, the diff
 * between rounds and the calibration per area. Outside scope is 404, without the right
 * 403, the wrong stage or a stale verdict 409.
 */
@Service
@Transactional(readOnly = true)
public class ReviewApi {

	private static final int MAX_TEXT = 4000;

	private final AssessmentApi assessment;

	private final ProgrammeStages stages;

	private final ReviewRoundRepository rounds;

	private final RoundAnswers frozen;

	private final RoundEvidence frozenEvidence;

	private final EvidenceApi evidence;

	private final ItemVerdictRepository verdicts;

	private final ReviewCommentRepository comments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReviewApi(AssessmentApi assessment, ProgrammeStages stages, ReviewRoundRepository rounds, RoundAnswers frozen,
			RoundEvidence frozenEvidence, EvidenceApi evidence, ItemVerdictRepository verdicts,
			ReviewCommentRepository comments, Clock clock, ApplicationEventPublisher events) {
		this.frozenEvidence = frozenEvidence;
		this.evidence = evidence;
		this.events = events;
		this.assessment = assessment;
		this.stages = stages;
		this.rounds = rounds;
		this.frozen = frozen;
		this.verdicts = verdicts;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * Submits the programme (unit head, team lead): its answers and the current revision
	 * of each of its evidence records at this moment are frozen as the next round.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the new round
	 */
	@Transactional
	public RoundView submit(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.stages.submit(user, programmeId);
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		int number = this.rounds.findByProgrammeIdOrderByNumberAsc(programmeId).size() + 1;
		ReviewRound round = this.rounds.saveAndFlush(new ReviewRound(programmeId, number, user.fullName()));
		Map<String, ItemValue> values = new LinkedHashMap<>();
		sheet.answers().forEach((code, view) -> {
			ItemValue value = ItemValue.of(view);
			if (value != null) {
				values.put(code, value);
			}
		});
		this.frozen.freeze(round.getId(), values);
		this.frozenEvidence.freeze(round.getId(), this.evidence.currentRevisions(programmeId));
		this.events.publishEvent(new ProgrammeSubmitted(programmeId, programme.unitId(), number));
		return round.view();
	}

	/**
	 * Gives or changes the verdict on one item of the open round.
	 * @param user a supervisor of the unit
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param verdict DITERIMA or PERLU_REVISI
	 * @param reviewerAnswer the supervisor's own answer, or null
	 * @param note the note, blank for none
	 * @param version the version of the verdict being changed, null for a first verdict
	 * @return the stored verdict
	 */
	@Transactional
	public VerdictView verdict(CurrentUser user, long programmeId, String itemCode, Verdict verdict,
			Answer reviewerAnswer, String note, Long version) {
		ProgrammeView programme = this.stages.requireReviewer(user, programmeId);
		if (verdict == null) {
			throw new InvalidInputException("verdict must be DITERIMA or PERLU_REVISI");
		}
		if (note != null && note.length() > MAX_TEXT) {
			throw new InvalidInputException(itemCode + ": the note has more than 4000 characters");
		}
		if (programme.stage() != Stage.DIAJUKAN) {
			throw new ConflictException("programme " + programmeId + " is " + programme.stage() + ", not submitted");
		}
		ReviewRound round = openRound(programme);
		this.stages.item(programmeId, itemCode);
		if (reviewerAnswer != null) {
			this.stages.validate(programmeId, itemCode, reviewerAnswer);
		}
		ItemVerdict row = this.verdicts.findByRoundIdAndItemCode(round.getId(), itemCode).orElse(null);
		if (row == null) {
			row = new ItemVerdict(round.getId(), itemCode);
		}
		else if (version == null || version != row.getVersion()) {
			throw new ConflictException("the verdict on " + itemCode + " was changed by someone else; reload");
		}
		row.set(verdict, ItemValue.of(reviewerAnswer), (note == null || note.isBlank()) ? null : note.strip(),
				user.fullName());
		try {
			return this.verdicts.saveAndFlush(row).view(round.getNumber());
		}
		catch (DataIntegrityViolationException ex) {
			// Two first verdicts on the same item at once: the later one is stale.
			throw new ConflictException("the verdict on " + itemCode + " was given by someone else; reload");
		}
	}

	/**
	 * Returns the programme to the unit for revision and closes the round.
	 * @param user a supervisor of the unit
	 * @param programmeId the programme
	 * @return the closed round
	 */
	@Transactional
	public RoundView returnForRevision(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.stages.returnForRevision(user, programmeId);
		return close(programme, "RETURNED");
	}

	/**
	 * Completes the review (DIREVIU) and closes the round.
	 * @param user a supervisor of the unit
	 * @param programmeId the programme
	 * @return the closed round
	 */
	@Transactional
	public RoundView complete(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.stages.complete(user, programmeId);
		return close(programme, "COMPLETED");
	}

	/**
	 * Adds a message to an item's thread: the unit's staff and its supervisors may.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param body the text
	 * @return the comment
	 */
	@Transactional
	public CommentView comment(CurrentUser user, long programmeId, String itemCode, String body) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		boolean reviewer = this.stages.mayReview(user, programmeId);
		if (!reviewer && !staffOf(user, programme)) {
			throw new ForbiddenException("comment on programme " + programmeId);
		}
		this.stages.item(programmeId, itemCode);
		if (body == null || body.isBlank() || body.length() > MAX_TEXT) {
			throw new InvalidInputException("a comment has 1 to 4000 characters");
		}
		CommentView saved = this.comments
			.saveAndFlush(new ReviewComment(programmeId, itemCode, user.id(), user.fullName(), reviewer, body.strip()))
			.view();
		this.events.publishEvent(new ItemCommented(programmeId, programme.unitId(), itemCode, user.id(), saved.id()));
		return saved;
	}

	/**
	 * The submitted programmes the user may review, oldest submission first.
	 * @param user the signed-in user
	 * @return the queue
	 */
	public List<QueueEntry> queue(CurrentUser user) {
		Map<Long, ProgrammeView> submitted = this.assessment.programmes(user, null, null)
			.stream()
			.filter((programme) -> programme.stage() == Stage.DIAJUKAN)
			.collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
		if (submitted.isEmpty()) {
			return List.of();
		}
		Set<Long> reviewable = this.stages.reviewableProgrammes(user, submitted.keySet());
		return this.rounds.findByProgrammeIdInAndOutcomeIsNull(reviewable)
			.stream()
			.map((round) -> new QueueEntry(submitted.get(round.view().programmeId()), round.view()))
			.sorted(Comparator.comparing((QueueEntry entry) -> entry.round().submittedAt())
				.thenComparing((entry) -> entry.programme().id()))
			.toList();
	}

	/**
	 * The review of a programme as the user may see it.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the page's data
	 */
	public ReviewPage page(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		boolean mayReview = this.stages.mayReview(user, programmeId);
		List<RoundView> all = this.rounds.findByProgrammeIdOrderByNumberAsc(programmeId)
			.stream()
			.map(ReviewRound::view)
			.toList();
		RoundView latest = all.isEmpty() ? null : all.get(all.size() - 1);
		Map<String, ItemValue> answers = (latest != null) ? this.frozen.of(List.of(latest.id())).get(latest.id())
				: Map.of();
		Map<String, VerdictView> byItem = new HashMap<>();
		if (latest != null) {
			this.verdicts.findByRoundIdIn(List.of(latest.id()))
				.forEach((row) -> byItem.put(row.view(latest.number()).itemCode(), row.view(latest.number())));
		}
		Map<String, List<CommentView>> threads = this.comments.findByProgrammeIdOrderByCreatedAtAscIdAsc(programmeId)
			.stream()
			.map(ReviewComment::view)
			.collect(Collectors.groupingBy(CommentView::itemCode, LinkedHashMap::new, Collectors.toList()));
		boolean maySubmit = programme.stage().acceptsAnswers()
				&& this.assessment.editScope(user, programmeId).everything();
		return new ReviewPage(programme, this.stages.template(programmeId).items(), all, latest, answers, byItem,
				threads, (latest != null) ? calibration(user, programmeId, answers, byItem) : List.of(), mayReview,
				maySubmit, mayReview || staffOf(user, programme));
	}

	/**
	 * What changed in a round since the one before: items whose frozen answer differs.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param number the round
	 * @return the changed items in code order (all answered items for round 1)
	 */
	public List<ItemChange> changes(CurrentUser user, long programmeId, int number) {
		this.assessment.programme(user, programmeId);
		List<ReviewRound> all = this.rounds.findByProgrammeIdOrderByNumberAsc(programmeId);
		ReviewRound round = all.stream()
			.filter((r) -> r.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round " + number + " of programme " + programmeId));
		ReviewRound previous = all.stream().filter((r) -> r.getNumber() == number - 1).findFirst().orElse(null);
		List<Long> ids = (previous != null) ? List.of(round.getId(), previous.getId()) : List.of(round.getId());
		Map<Long, Map<String, ItemValue>> values = this.frozen.of(ids);
		Map<String, ItemValue> after = values.get(round.getId());
		Map<String, ItemValue> before = (previous != null) ? values.get(previous.getId()) : Map.of();
		Set<String> codes = new TreeSet<>(after.keySet());
		codes.addAll(before.keySet());
		List<ItemChange> changes = new ArrayList<>();
		for (String code : codes) {
			if (!Objects.equals(describe(before.get(code)), describe(after.get(code)))) {
				changes.add(new ItemChange(code, before.get(code), after.get(code)));
			}
		}
		return changes;
	}

	/**
	 * The rounds of a programme.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return its rounds, first to latest
	 */
	public List<RoundView> rounds(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		return this.rounds.findByProgrammeIdOrderByNumberAsc(programmeId).stream().map(ReviewRound::view).toList();
	}

	/**
	 * The answers frozen in one round.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param number the round
	 * @return the answers by item code
	 */
	public Map<String, ItemValue> frozenAnswers(CurrentUser user, long programmeId, int number) {
		RoundView round = rounds(user, programmeId).stream()
			.filter((r) -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round " + number + " of programme " + programmeId));
		return Map.copyOf(this.frozen.of(List.of(round.id())).get(round.id()));
	}

	/**
	 * The evidence revisions frozen in one round: what the supervisors judged, whatever
	 * was uploaded since.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param number the round
	 * @return the frozen revision id by evidence id
	 */
	public Map<Long, Long> frozenEvidence(CurrentUser user, long programmeId, int number) {
		RoundView round = rounds(user, programmeId).stream()
			.filter((r) -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round " + number + " of programme " + programmeId));
		return Map.copyOf(this.frozenEvidence.of(List.of(round.id())).get(round.id()));
	}

	private List<AreaCalibration> calibration(CurrentUser user, long programmeId, Map<String, ItemValue> answers,
			Map<String, VerdictView> byItem) {
		Map<String, Answer> unit = new LinkedHashMap<>();
		answers.forEach((code, value) -> unit.put(code, value.toAnswer()));
		Map<String, Answer> reviewer = new LinkedHashMap<>(unit);
		byItem.forEach((code, verdict) -> {
			if (verdict.reviewerAnswer() != null) {
				reviewer.put(code, verdict.reviewerAnswer().toAnswer());
			}
		});
		ScoreReport unitScore = this.stages.score(user, programmeId, new Worksheet(unit));
		ScoreReport reviewerScore = this.stages.score(user, programmeId, new Worksheet(reviewer));
		List<AreaCalibration> result = new ArrayList<>();
		for (Area area : Area.values()) {
			ScoreReport.AreaScore mine = unitScore.area(area);
			BigDecimal theirs = reviewerScore.area(area).score();
			result.add(new AreaCalibration(area.name(), mine.name(), mine.weight(), ScoreReport.cents(mine.score()),
					ScoreReport.cents(theirs)));
		}
		return result;
	}

	private RoundView close(ProgrammeView programme, String outcome) {
		ReviewRound round = openRound(programme);
		round.close(outcome, this.clock.instant());
		RoundView closed = this.rounds.saveAndFlush(round).view();
		this.events.publishEvent(new ReviewClosed(programme.id(), programme.unitId(), closed.number(), outcome));
		return closed;
	}

	private ReviewRound openRound(ProgrammeView programme) {
		return this.rounds.findByProgrammeIdInAndOutcomeIsNull(List.of(programme.id()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new ConflictException("programme " + programme.id() + " is not under review"));
	}

	private static String describe(ItemValue value) {
		return (value != null) ? value.describe() : null;
	}

	private static boolean staffOf(CurrentUser user, ProgrammeView programme) {
		return user.grants()
			.stream()
			.anyMatch((grant) -> grant.unitId() != null && grant.unitId() == programme.unitId());
	}

}
