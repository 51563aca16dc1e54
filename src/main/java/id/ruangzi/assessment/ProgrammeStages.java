package id.ruangzi.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.internal.Programme;
import id.ruangzi.assessment.internal.ProgrammeRepository;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.AnswerError;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a programme through submission and review: the unit submits (DIAJUKAN), a
 * supervisor returns it for revision (PENILAIAN_MANDIRI, answers editable again) or
 * completes the review (DIREVIU). Also scores a reviewer's worksheet with the programme's
 * own engine, so that the reviewer's score (nilai TPI) and the unit's are computed alike.
 * Outside scope is 404, without the right 403, the wrong stage 409.
 */
@Service
@Transactional
public class ProgrammeStages {

	private final AssessmentApi assessment;

	private final AccessPolicy policy;

	private final ProgrammeRepository programmes;

	private final OrganisationApi organisation;

	ProgrammeStages(AssessmentApi assessment, AccessPolicy policy, ProgrammeRepository programmes,
			OrganisationApi organisation) {
		this.assessment = assessment;
		this.policy = policy;
		this.programmes = programmes;
		this.organisation = organisation;
	}

	/**
	 * Submits the self-assessment: only those who run the programme (unit head, team
	 * lead, administrator) may, while it still accepts answers.
	 * @param user the signed-in user
	 * @param id the programme
	 * @return the programme, now DIAJUKAN
	 */
	public ProgrammeView submit(CurrentUser user, long id) {
		Programme programme = this.assessment.find(id);
		UnitSummary unit = this.assessment.require(user, Action.VIEW, programme);
		if (!this.assessment.editScope(user, programme, unit).everything()) {
			throw new ForbiddenException("submit programme " + id);
		}
		if (!programme.getStage().acceptsAnswers()) {
			throw new ConflictException("programme " + id + " is " + programme.getStage() + " and cannot be submitted");
		}
		programme.moveTo(Stage.DIAJUKAN);
		return AssessmentApi.view(programme, unit);
	}

	/**
	 * Returns a submitted programme to the unit for revision.
	 * @param user a supervisor of the unit
	 * @param id the programme
	 * @return the programme, now PENILAIAN_MANDIRI
	 */
	public ProgrammeView returnForRevision(CurrentUser user, long id) {
		return move(user, id, Stage.PENILAIAN_MANDIRI);
	}

	/**
	 * Completes the review of a submitted programme.
	 * @param user a supervisor of the unit
	 * @param id the programme
	 * @return the programme, now DIREVIU
	 */
	public ProgrammeView complete(CurrentUser user, long id) {
		return move(user, id, Stage.DIREVIU);
	}

	/**
	 * Checks that the user may review the programme (404 outside scope, 403 without the
	 * right), whatever its stage.
	 * @param user the signed-in user
	 * @param id the programme
	 * @return the programme
	 */
	@Transactional(readOnly = true)
	public ProgrammeView requireReviewer(CurrentUser user, long id) {
		Programme programme = this.assessment.find(id);
		return AssessmentApi.view(programme, this.assessment.require(user, Action.REVIEW, programme));
	}

	/**
	 * @param user the signed-in user
	 * @param id the programme
	 * @return whether the user may review it (supervisors of the unit's subtree)
	 */
	@Transactional(readOnly = true)
	public boolean mayReview(CurrentUser user, long id) {
		Programme programme = this.assessment.find(id);
		return this.policy.may(user, Action.REVIEW, this.assessment.unitOf(programme));
	}

	/**
	 * @param user the signed-in user
	 * @param programmeIds programmes the user may see
	 * @return those of them the user may review, in a fixed number of SQL statements
	 */
	@Transactional(readOnly = true)
	public Set<Long> reviewableProgrammes(CurrentUser user, Collection<Long> programmeIds) {
		List<Programme> found = this.programmes.findAllById(programmeIds);
		Map<Long, UnitSummary> units = this.organisation
			.findUnits(found.stream().map(Programme::getUnitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		return found.stream()
			.filter((programme) -> this.policy.may(user, Action.REVIEW, units.get(programme.getUnitId())))
			.map(Programme::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * Checks a reviewer's answer to an item against the item's type, as answers of the
	 * unit are checked.
	 * @param programmeId the programme
	 * @param itemCode the LKE item
	 * @param answer the answer
	 */
	@Transactional(readOnly = true)
	public void validate(long programmeId, String itemCode, Answer answer) {
		ScoringEngine engine = this.assessment.engine(this.assessment.find(programmeId));
		if (engine.template().item(itemCode).isEmpty()) {
			throw new InvalidInputException(itemCode + ": no such item in this programme's LKE");
		}
		List<AnswerError> errors = engine.validate(Worksheet.empty().with(itemCode, answer));
		if (!errors.isEmpty()) {
			throw new InvalidAnswerException(errors.get(0));
		}
	}

	/**
	 * @param programmeId the programme
	 * @return the LKE version the programme is bound to
	 */
	@Transactional(readOnly = true)
	public LkeTemplate template(long programmeId) {
		return this.assessment.engine(this.assessment.find(programmeId)).template();
	}

	/**
	 * @param programmeId the programme
	 * @param itemCode an item code
	 * @return the item, or 400 when the programme's LKE has no such item
	 */
	@Transactional(readOnly = true)
	public Item item(long programmeId, String itemCode) {
		return template(programmeId).item(itemCode)
			.orElseThrow(() -> new InvalidInputException(itemCode + ": no such item in this programme's LKE"));
	}

	/**
	 * Scores any worksheet of the programme (a frozen round, a reviewer's answers) with
	 * the programme's engine and the unit's held predicate.
	 * @param user the signed-in user, who must see the programme
	 * @param programmeId the programme
	 * @param worksheet the answers to score
	 * @return the scores
	 */
	@Transactional(readOnly = true)
	public ScoreReport score(CurrentUser user, long programmeId, Worksheet worksheet) {
		Programme programme = this.assessment.find(programmeId);
		UnitSummary unit = this.assessment.require(user, Action.VIEW, programme);
		return this.assessment.engine(programme).score(worksheet, this.assessment.held(unit));
	}

	private ProgrammeView move(CurrentUser user, long id, Stage to) {
		Programme programme = this.assessment.find(id);
		UnitSummary unit = this.assessment.require(user, Action.REVIEW, programme);
		if (programme.getStage() != Stage.DIAJUKAN) {
			throw new ConflictException("programme " + id + " is " + programme.getStage() + ", not submitted");
		}
		programme.moveTo(to);
		return AssessmentApi.view(programme, unit);
	}

}
