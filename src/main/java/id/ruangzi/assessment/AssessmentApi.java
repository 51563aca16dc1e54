package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.internal.ItemAnswer;
import id.ruangzi.assessment.internal.ItemAnswerRepository;
import id.ruangzi.assessment.internal.Programme;
import id.ruangzi.assessment.internal.MonthlyProgress;
import id.ruangzi.assessment.internal.ProgrammeRepository;
import id.ruangzi.assessment.internal.SnapshotHistory;
import id.ruangzi.assessment.internal.TemplateAssembler;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.GapExplainer;
import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.InvalidInputException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment module's facade: programmes, their scores and gaps. Every method checks
 * what the user may do on the programme's unit: outside scope is not found, an action the
 * role does not allow is forbidden. Answers are changed through {@link AnswerService}.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentApi {

	private final ProgrammeRepository programmes;

	private final ItemAnswerRepository answers;

	private final TemplateAssembler templates;

	private final CatalogueApi catalogue;

	private final OrganisationApi organisation;

	private final AccessPolicy policy;

	private final AreaAssignments areas;

	private final ApplicationEventPublisher events;

	private final MonthlyProgress monthly;

	private SnapshotHistory snapshots;

	AssessmentApi(ProgrammeRepository programmes, ItemAnswerRepository answers, TemplateAssembler templates,
			CatalogueApi catalogue, OrganisationApi organisation, AccessPolicy policy, AreaAssignments areas,
			ApplicationEventPublisher events, MonthlyProgress monthly) {
		this.programmes = programmes;
		this.answers = answers;
		this.templates = templates;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.policy = policy;
		this.areas = areas;
		this.events = events;
		this.monthly = monthly;
	}

	/**
	 * Opens a unit's programme for a year, bound to the current template version. Only
	 * the unit head or team lead may; WBBM needs the WBK predicate already held.
	 * @param user the signed-in user
	 * @param unitCode the unit
	 * @param year the year
	 * @param target WBK or WBBM
	 * @param deadline the submission deadline, or null for 31 May of the year
	 * @return the new programme
	 */
	@Transactional
	public ProgrammeView open(CurrentUser user, String unitCode, int year, Predicate target, LocalDate deadline) {
		UnitSummary unit = this.policy.requireUnit(user, Action.MANAGE_PROGRAMME, unitCode);
		if (target == null || target == Predicate.NONE) {
			throw new InvalidInputException("target must be WBK or WBBM");
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year must be between 2000 and 2100, was " + year);
		}
		if (target == Predicate.WBBM
				&& !Predicate.valueOf(this.organisation.heldPredicate(unit.id())).satisfies(Predicate.WBK)) {
			throw new ProgrammeRefusedException(
					"WBBM needs the WBK predicate, which unit " + unitCode + " does not hold", "target",
					"assessment.open.wbbmNeedsWbk");
		}
		if (this.programmes.findByUnitIdAndYear(unit.id(), year).isPresent()) {
			throw new ProgrammeRefusedException("unit " + unitCode + " already has a programme for " + year, "year",
					"assessment.open.exists");
		}
		LocalDate due = (deadline != null) ? deadline : LocalDate.of(year, 5, 31);
		Programme programme = this.programmes
			.save(new Programme(unit.id(), year, this.catalogue.currentTemplateId(), target, due));
		Map<String, String> areaNames = new HashMap<>();
		for (Area area : Area.values()) {
			areaNames.put(area.name(), engine(programme).template().areaName(area));
		}
		this.events.publishEvent(new ProgrammeOpened(programme.getId(), unit.id(), year, areaNames));
		return view(programme, unit);
	}

	/**
	 * @param user the signed-in user
	 * @param id the programme
	 * @return the programme, if the user may see it
	 */
	public ProgrammeView programme(CurrentUser user, long id) {
		Programme programme = find(id);
		return view(programme, require(user, Action.VIEW, programme));
	}

	/**
	 * The programmes the user may see, of one unit or of all units in scope (at most
	 * 500).
	 * @param user the signed-in user
	 * @param unitCode the unit, or null for every unit in scope
	 * @param year the year, or null for all years
	 * @return the programmes, newest year first
	 */
	public List<ProgrammeView> programmes(CurrentUser user, String unitCode, Integer year) {
		List<UnitSummary> units = (unitCode != null && !unitCode.isBlank())
				? List.of(this.policy.requireUnit(user, Action.VIEW, unitCode))
				: this.organisation
					.findUnits(this.organisation.visibleUnits(this.policy.scopeOf(user), null, PageRequest.of(0, 500))
						.map((unit) -> unit.id())
						.getContent());
		Map<Long, UnitSummary> byId = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		return this.programmes.findByUnitIdInOrderByYearDesc(List.copyOf(byId.keySet()))
			.stream()
			.filter((programme) -> year == null || programme.getYear() == year)
			.map((programme) -> view(programme, byId.get(programme.getUnitId())))
			.toList();
	}

	/**
	 * The units where the user may open programmes (unit head, team lead; administrators
	 * everywhere), among the first 500 units in scope.
	 * @param user the signed-in user
	 * @return the units, in tree order
	 */
	public List<UnitSummary> manageableUnits(CurrentUser user) {
		List<Long> ids = this.organisation.visibleUnits(this.policy.scopeOf(user), null, PageRequest.of(0, 500))
			.map((unit) -> unit.id())
			.getContent();
		return this.organisation.findUnits(ids)
			.stream()
			.filter((unit) -> this.policy.may(user, Action.MANAGE_PROGRAMME, unit))
			.sorted(Comparator.comparing(UnitSummary::path))
			.toList();
	}

	/**
	 * A programme with its template, scores and every stored answer, for the
	 * self-assessment pages: a fixed number of SQL statements, however many items are
	 * answered.
	 * @param user the signed-in user
	 * @param id the programme
	 * @return the programme's sheet, if the user may see it
	 */
	public AssessmentSheet sheet(CurrentUser user, long id) {
		Programme programme = find(id);
		UnitSummary unit = require(user, Action.VIEW, programme);
		List<ItemAnswer> rows = this.answers.findByProgrammeId(id);
		Map<String, ItemAnswerView> views = new HashMap<>();
		for (ItemAnswer row : rows) {
			views.put(row.getItemCode(), row.view());
		}
		ScoreReport score = engine(programme).score(ItemAnswer.worksheet(rows), held(unit));
		return new AssessmentSheet(view(programme, unit), engine(programme).template(), score, views,
				editScope(user, programme, unit));
	}

	/**
	 * What the user may change in a programme (LKE items, tasks, evidence), whatever its
	 * stage: everything for the unit head, team lead and administrators; for a
	 * coordinator, the areas of the pokja they sit in; nothing for others.
	 * @param user the signed-in user
	 * @param id the programme
	 * @return the user's edit scope, if they may see the programme
	 */
	public EditScope editScope(CurrentUser user, long id) {
		Programme programme = find(id);
		return editScope(user, programme, require(user, Action.VIEW, programme));
	}

	EditScope editScope(CurrentUser user, Programme programme, UnitSummary unit) {
		if (this.policy.may(user, Action.MANAGE_PROGRAMME, unit)) {
			return EditScope.all();
		}
		if (this.policy.may(user, Action.EDIT_ASSESSMENT, unit)) {
			return new EditScope(false, this.areas.areasOf(programme.getId(), user.id()));
		}
		return EditScope.none();
	}

	/**
	 * @param user the signed-in user
	 * @param id the programme
	 * @return its scores and gates for both predicates
	 */
	public ScoreReport score(CurrentUser user, long id) {
		Programme programme = find(id);
		UnitSummary unit = require(user, Action.VIEW, programme);
		return engine(programme).score(worksheet(id), held(unit));
	}

	/**
	 * @param user the signed-in user
	 * @param id the programme
	 * @return what stands between the programme and its target predicate
	 */
	public GapReport gaps(CurrentUser user, long id) {
		Programme programme = find(id);
		UnitSummary unit = require(user, Action.VIEW, programme);
		return new GapExplainer(engine(programme)).explain(worksheet(id), held(unit), programme.getTarget());
	}

	/**
	 * How each change area of a programme moved in one month: items answered by its end,
	 * items changed during it, and the area's score at its start and end (from the daily
	 * snapshots). A fixed number of SQL statements.
	 * @param user the signed-in user
	 * @param id the programme
	 * @param month the month
	 * @return one line per area, A to F
	 */
	public List<AreaProgress> areaProgress(CurrentUser user, long id, YearMonth month) {
		Programme programme = find(id);
		require(user, Action.VIEW, programme);
		Map<Area, int[]> answered = this.monthly.answers(id, month);
		Map<Area, BigDecimal> start = this.monthly.areaScoresBefore(id, month.atDay(1));
		Map<Area, BigDecimal> end = this.monthly.areaScoresBefore(id, month.plusMonths(1).atDay(1));
		Map<Area, Long> items = engine(programme).template()
			.items()
			.stream()
			.filter((item) -> item.area() != null)
			.collect(Collectors.groupingBy(Item::area, Collectors.counting()));
		List<AreaProgress> result = new ArrayList<>();
		for (Area area : Area.values()) {
			result.add(new AreaProgress(area, items.getOrDefault(area, 0L).intValue(), answered.get(area)[0],
					answered.get(area)[1], start.get(area), end.get(area)));
		}
		return result;
	}

	// Setter injection keeps the constructor as it was: other branches add parameters
	// there.
	@Autowired
	void setSnapshots(SnapshotHistory snapshots) {
		this.snapshots = snapshots;
	}

	/**
	 * The daily score snapshots of a programme, for the history chart: one SQL statement
	 * whatever the number of days.
	 * @param user the signed-in user
	 * @param id the programme
	 * @return its snapshots, oldest first
	 */
	public List<ScoreSnapshot> history(CurrentUser user, long id) {
		require(user, Action.VIEW, find(id));
		return this.snapshots.of(id);
	}

	/**
	 * The unit of each programme, for jobs that run for everyone (no user check).
	 * @param ids programme ids
	 * @return the unit id by programme id, in one query
	 */
	public java.util.Map<Long, Long> unitsOf(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? java.util.Map.of()
				: this.programmes.findUnitIds(ids)
					.stream()
					.collect(java.util.stream.Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
	}

	/**
	 * Stores past days' scores where a programme has no snapshot yet, for demo data;
	 * existing days are kept, so it is idempotent.
	 * @param id the programme
	 * @param days the snapshots to add
	 */
	@Transactional
	public void backfillHistory(long id, List<ScoreSnapshot> days) {
		this.snapshots.backfill(find(id).getId(), days);
	}

	ScoringEngine engine(Programme programme) {
		return this.templates.engine(programme.getTemplateId());
	}

	Worksheet worksheet(long programmeId) {
		return ItemAnswer.worksheet(this.answers.findByProgrammeId(programmeId));
	}

	Predicate held(UnitSummary unit) {
		return Predicate.valueOf(this.organisation.heldPredicate(unit.id()));
	}

	Programme find(long id) {
		return this.programmes.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
	}

	UnitSummary unitOf(Programme programme) {
		return this.organisation.findUnits(List.of(programme.getUnitId())).get(0);
	}

	UnitSummary require(CurrentUser user, Action action, Programme programme) {
		UnitSummary unit = unitOf(programme);
		try {
			this.policy.require(user, action, unit);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("programme " + programme.getId());
		}
		return unit;
	}

	static ProgrammeView view(Programme programme, UnitSummary unit) {
		return new ProgrammeView(programme.getId(), unit.id(), unit.code(), unit.name(), programme.getYear(),
				programme.getTemplateId(), programme.getTarget(), programme.getDeadline(), programme.getStage());
	}

}
