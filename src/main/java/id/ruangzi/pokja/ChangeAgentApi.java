package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.internal.AgentChange;
import id.ruangzi.pokja.internal.AgentChangeRepository;
import id.ruangzi.pokja.internal.ChangeAgent;
import id.ruangzi.pokja.internal.ChangeAgentRepository;
import id.ruangzi.pokja.internal.ChangeTally;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change agents (agen perubahan) of a programme: appointments by SK and the concrete
 * changes each agent made, whose counts suggest the inputs of LKE items PRA1A and PRA1B.
 * Everyone who may see the programme reads them (404 otherwise); changing them needs edit
 * rights on area A, Manajemen Perubahan (403 otherwise), like the items they feed.
 * <p>
 * Counting rule: agents are the people with an active appointment; changes are those
 * dated within the programme's year, whoever made them and whether or not the agent's
 * appointment has ended since; integrated changes are those of them marked integrated.
 */
@Service
@Transactional(readOnly = true)
public class ChangeAgentApi {

	static final int MAX_TITLE = 200;

	static final int MAX_DECREE = 100;

	private final AssessmentApi assessment;

	private final AnswerService answers;

	private final IdentityApi identity;

	private final ChangeAgentRepository agents;

	private final AgentChangeRepository changes;

	private final Clock clock;

	ChangeAgentApi(AssessmentApi assessment, AnswerService answers, IdentityApi identity, ChangeAgentRepository agents,
			AgentChangeRepository changes, Clock clock) {
		this.assessment = assessment;
		this.answers = answers;
		this.identity = identity;
		this.agents = agents;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * The change-agents page of a programme, in a fixed number of queries.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return its agents, their changes, the counts and the stored PRA1A and PRA1B
	 */
	public AgentsView page(CurrentUser user, long programmeId) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		ProgrammeView programme = sheet.programme();
		boolean mayEdit = sheet.scope().covers(Area.A);
		List<ChangeAgent> rows = this.agents.findByProgrammeIdOrderByEndedOnDescDecreeDateAscIdAsc(programmeId);
		Map<Long, List<AgentChange>> changesByAgent = this.changes
			.findByProgrammeIdOrderByChangedOnAscIdAsc(programmeId)
			.stream()
			.collect(Collectors.groupingBy(AgentChange::getAgentId));
		Map<Long, Person> people = this.identity
			.peopleById(rows.stream().map(ChangeAgent::getUserId).distinct().toList());
		List<AgentView> views = new ArrayList<>();
		for (ChangeAgent row : rows) {
			Person person = people.get(row.getUserId());
			List<AgentChangeView> made = changesByAgent.getOrDefault(row.getId(), List.of())
				.stream()
				.map((change) -> view(change, programme.year()))
				.toList();
			views.add(new AgentView(row.getId(), row.getUserId(), (person != null) ? person.username() : "",
					(person != null) ? person.fullName() : "", row.getDecreeNumber(), row.getDecreeDate(),
					row.getEndedOn(), row.getVersion(), made));
		}
		Map<String, ItemAnswerView> stored = new HashMap<>();
		for (String code : List.of(AgentCounts.PRA1A, AgentCounts.PRA1B)) {
			ItemAnswerView answer = sheet.answers().get(code);
			if (answer != null && answer.answered()) {
				stored.put(code, answer);
			}
		}
		List<Person> candidates = mayEdit ? this.identity.peopleOfUnit(programme.unitId()) : List.of();
		return new AgentsView(programme, mayEdit, mayEdit && programme.stage().acceptsAnswers(), views,
				count(programme), stored, candidates);
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the counts behind the suggested values of PRA1A and PRA1B
	 */
	public AgentCounts counts(CurrentUser user, long programmeId) {
		return count(this.assessment.programme(user, programmeId));
	}

	/**
	 * Appoints a person of the programme's unit as change agent.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param username the person, who must hold a role on the unit and not be an active
	 * agent already
	 * @param decreeNumber the SK number, 1 to 100 characters
	 * @param decreeDate the SK date
	 * @return the new appointment's id
	 */
	@Transactional
	public long appoint(CurrentUser user, long programmeId, String username, String decreeNumber,
			LocalDate decreeDate) {
		ProgrammeView programme = requireEditor(user, programmeId);
		String number = decree(decreeNumber);
		if (decreeDate == null) {
			throw new PokjaInputException("decreeDate", "pokja.agents.decreeDate.required", "the SK date is required");
		}
		String wanted = (username == null) ? "" : username.strip();
		Person person = this.identity.peopleOfUnit(programme.unitId())
			.stream()
			.filter((candidate) -> candidate.username().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new PokjaInputException("username", "pokja.member.notInUnit",
					wanted + " holds no role in unit " + programme.unitCode()));
		if (this.agents.existsByProgrammeIdAndUserIdAndEndedOnIsNull(programmeId, person.id())) {
			throw new PokjaInputException("username", "pokja.agents.alreadyAgent",
					wanted + " is already an active change agent");
		}
		return this.agents.save(new ChangeAgent(programmeId, person.id(), number, decreeDate)).getId();
	}

	/**
	 * Ends an appointment today: the agent no longer counts, their changes stay.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param agentId the appointment
	 * @param version the version the user saw
	 */
	@Transactional
	public void end(CurrentUser user, long programmeId, long agentId, long version) {
		ChangeAgent agent = agent(user, programmeId, agentId, version);
		if (agent.isActive()) {
			agent.end(LocalDate.now(this.clock));
		}
	}

	/**
	 * Removes an appointment made by mistake, with the changes recorded for it.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param agentId the appointment
	 * @param version the version the user saw
	 */
	@Transactional
	public void remove(CurrentUser user, long programmeId, long agentId, long version) {
		ChangeAgent agent = agent(user, programmeId, agentId, version);
		this.changes.deleteByAgent(agent.getId());
		this.agents.delete(agent);
	}

	/**
	 * Records a change an agent made.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param agentId the agent
	 * @param title what changed, 1 to 200 characters
	 * @param changedOn when
	 * @param integrated whether it is integrated into the management system
	 * @return the new change's id
	 */
	@Transactional
	public long addChange(CurrentUser user, long programmeId, long agentId, String title, LocalDate changedOn,
			boolean integrated) {
		ChangeAgent agent = agent(user, programmeId, agentId, null);
		AgentChange change = new AgentChange(agent.getId(), programmeId, title(title), date(changedOn), integrated);
		return this.changes.save(change).getId();
	}

	/**
	 * Corrects a recorded change.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param changeId the change
	 * @param title what changed, 1 to 200 characters
	 * @param changedOn when
	 * @param integrated whether it is integrated into the management system
	 * @param version the version the user saw
	 */
	@Transactional
	public void editChange(CurrentUser user, long programmeId, long changeId, String title, LocalDate changedOn,
			boolean integrated, long version) {
		AgentChange change = change(user, programmeId, changeId, version);
		change.update(title(title), date(changedOn), integrated);
	}

	/**
	 * Deletes a recorded change.
	 * @param user the signed-in user, who must edit area A
	 * @param programmeId the programme
	 * @param changeId the change
	 * @param version the version the user saw
	 */
	@Transactional
	public void deleteChange(CurrentUser user, long programmeId, long changeId, long version) {
		this.changes.delete(change(user, programmeId, changeId, version));
	}

	/**
	 * Stores the suggested inputs as the answer of PRA1A or PRA1B, through
	 * {@link AnswerService}, which checks the user's rights on area A (403) and that the
	 * programme still accepts answers (409).
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode PRA1A or PRA1B; any other item is not found
	 * @return the inputs stored
	 */
	@Transactional
	public Map<String, BigDecimal> applySuggestion(CurrentUser user, long programmeId, String itemCode) {
		Map<String, BigDecimal> inputs = counts(user, programmeId).inputsFor(itemCode);
		if (inputs == null) {
			throw new NotFoundException("suggestion for item " + itemCode);
		}
		this.answers.answer(user, programmeId, itemCode, Answer.inputs(inputs));
		return inputs;
	}

	private AgentCounts count(ProgrammeView programme) {
		ChangeTally tally = this.changes.tally(programme.id(), LocalDate.of(programme.year(), 1, 1),
				LocalDate.of(programme.year(), 12, 31));
		return new AgentCounts(this.agents.countActive(programme.id()), tally.changes(), tally.integrated());
	}

	private ProgrammeView requireEditor(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		if (!this.assessment.editScope(user, programmeId).covers(Area.A)) {
			throw new ForbiddenException("change agents of programme " + programmeId + " belong to area A");
		}
		return programme;
	}

	private ChangeAgent agent(CurrentUser user, long programmeId, long agentId, Long version) {
		requireEditor(user, programmeId);
		ChangeAgent agent = this.agents.findById(agentId)
			.filter((row) -> row.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("change agent " + agentId));
		if (version != null && agent.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ChangeAgent.class, agentId);
		}
		return agent;
	}

	private AgentChange change(CurrentUser user, long programmeId, long changeId, long version) {
		requireEditor(user, programmeId);
		AgentChange change = this.changes.findById(changeId)
			.filter((row) -> row.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("change " + changeId));
		if (change.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AgentChange.class, changeId);
		}
		return change;
	}

	private static AgentChangeView view(AgentChange change, int year) {
		return new AgentChangeView(change.getId(), change.getAgentId(), change.getTitle(), change.getChangedOn(),
				change.isIntegrated(), change.getChangedOn().getYear() == year, change.getVersion());
	}

	private static String decree(String number) {
		if (number == null || number.isBlank()) {
			throw new PokjaInputException("decreeNumber", "pokja.agents.decreeNumber.required",
					"the SK number is required");
		}
		if (number.strip().length() > MAX_DECREE) {
			throw new PokjaInputException("decreeNumber", "pokja.decree.number.tooLong", "at most 100 characters");
		}
		return number.strip();
	}

	private static String title(String title) {
		if (title == null || title.isBlank()) {
			throw new PokjaInputException("title", "pokja.change.title.required", "the title is required");
		}
		if (title.strip().length() > MAX_TITLE) {
			throw new PokjaInputException("title", "pokja.change.title.tooLong", "at most 200 characters");
		}
		return title.strip();
	}

	private static LocalDate date(LocalDate date) {
		if (date == null) {
			throw new PokjaInputException("changedOn", "pokja.change.date.required", "the date is required");
		}
		return date;
	}

}
