package id.ruangzi.pokja;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.internal.AgentChange;
import id.ruangzi.pokja.internal.AgentChangeRepository;
import id.ruangzi.pokja.internal.ChangeAgent;
import id.ruangzi.pokja.internal.ChangeAgentRepository;
import id.ruangzi.pokja.internal.ChangeTally;

import org.springframework.stereotype.Component;

/**
 * The reading side of {@link ChangeAgentApi}: the change-agents page and the counts
 * behind the suggested PRA1A and PRA1B, each in a fixed number of statements.
 */
@Component
class AgentReading {

	private final AssessmentApi assessment;

	private final IdentityApi identity;

	private final ChangeAgentRepository agents;

	private final AgentChangeRepository changes;

	AgentReading(AssessmentApi assessment, IdentityApi identity, ChangeAgentRepository agents,
			AgentChangeRepository changes) {
		this.assessment = assessment;
		this.identity = identity;
		this.agents = agents;
		this.changes = changes;
	}

	AgentsView page(CurrentUser user, long programmeId) {
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

	AgentCounts counts(CurrentUser user, long programmeId) {
		return count(this.assessment.programme(user, programmeId));
	}

	private AgentCounts count(ProgrammeView programme) {
		ChangeTally tally = this.changes.tally(programme.id(), LocalDate.of(programme.year(), 1, 1),
				LocalDate.of(programme.year(), 12, 31));
		return new AgentCounts(this.agents.countActive(programme.id()), tally.changes(), tally.integrated());
	}

	private static AgentChangeView view(AgentChange change, int year) {
		return new AgentChangeView(change.getId(), change.getAgentId(), change.getTitle(), change.getChangedOn(),
				change.isIntegrated(), change.getChangedOn().getYear() == year, change.getVersion());
	}

}
