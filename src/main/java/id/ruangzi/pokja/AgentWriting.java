package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.internal.AgentChange;
import id.ruangzi.pokja.internal.AgentChangeRepository;
import id.ruangzi.pokja.internal.ChangeAgent;
import id.ruangzi.pokja.internal.ChangeAgentRepository;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The writing side of {@link ChangeAgentApi}: appointments, the changes agents made and
 * the suggested answers of PRA1A and PRA1B, with the checks on what was entered. It runs
 * inside the facade's transaction; {@link AgentRights} decides who may.
 */
@Component
class AgentWriting {

	static final int MAX_TITLE = 200;

	static final int MAX_DECREE = 100;

	private final AgentRights rights;

	private final AgentReading reading;

	private final AnswerService answers;

	private final IdentityApi identity;

	private final ChangeAgentRepository agents;

	private final AgentChangeRepository changes;

	private final Clock clock;

	AgentWriting(AgentRights rights, AgentReading reading, AnswerService answers, IdentityApi identity,
			ChangeAgentRepository agents, AgentChangeRepository changes, Clock clock) {
		this.rights = rights;
		this.reading = reading;
		this.answers = answers;
		this.identity = identity;
		this.agents = agents;
		this.changes = changes;
		this.clock = clock;
	}

	long appoint(CurrentUser user, long programmeId, String username, String decreeNumber, LocalDate decreeDate) {
		ProgrammeView programme = this.rights.requireEditor(user, programmeId);
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

	void end(CurrentUser user, long programmeId, long agentId, long version) {
		ChangeAgent agent = this.rights.agent(user, programmeId, agentId, version);
		if (agent.isActive()) {
			agent.end(LocalDate.now(this.clock));
		}
	}

	void remove(CurrentUser user, long programmeId, long agentId, long version) {
		ChangeAgent agent = this.rights.agent(user, programmeId, agentId, version);
		this.changes.deleteByAgent(agent.getId());
		this.agents.delete(agent);
	}

	long addChange(CurrentUser user, long programmeId, long agentId, String title, LocalDate changedOn,
			boolean integrated) {
		ChangeAgent agent = this.rights.agent(user, programmeId, agentId, null);
		AgentChange change = new AgentChange(agent.getId(), programmeId, title(title), date(changedOn), integrated);
		return this.changes.save(change).getId();
	}

	void editChange(CurrentUser user, long programmeId, long changeId, String title, LocalDate changedOn,
			boolean integrated, long version) {
		AgentChange change = this.rights.change(user, programmeId, changeId, version);
		change.update(title(title), date(changedOn), integrated);
	}

	void deleteChange(CurrentUser user, long programmeId, long changeId, long version) {
		this.changes.delete(this.rights.change(user, programmeId, changeId, version));
	}

	// AnswerService checks the rights on area A and the programme's stage itself, so the
	// suggestion needs no check of its own here.
	Map<String, BigDecimal> applySuggestion(CurrentUser user, long programmeId, String itemCode) {
		Map<String, BigDecimal> inputs = this.reading.counts(user, programmeId).inputsFor(itemCode);
		if (inputs == null) {
			throw new NotFoundException("suggestion for item " + itemCode);
		}
		this.answers.answer(user, programmeId, itemCode, Answer.inputs(inputs));
		return inputs;
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
