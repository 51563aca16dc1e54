package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.ItemAnswerView;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.Person;

/**
 * Everything the change-agents page shows of one programme.
 *
 * @param programme the programme
 * @param mayEdit whether the user may appoint agents and record changes (area A)
 * @param mayApply whether the user may apply the suggested values now (area A, and the
 * programme still accepts answers)
 * @param agents the appointments, active first
 * @param counts the counts behind the suggested values
 * @param stored the stored answers of PRA1A and PRA1B, absent when unanswered
 * @param candidates the people of the unit who may be appointed, empty unless mayEdit
 */
public record AgentsView(ProgrammeView programme, boolean mayEdit, boolean mayApply, List<AgentView> agents,
		AgentCounts counts, Map<String, ItemAnswerView> stored, List<Person> candidates) {

	public AgentsView {
		agents = List.copyOf(agents);
		stored = Map.copyOf(stored);
		candidates = List.copyOf(candidates);
	}

	/**
	 * @param itemCode PRA1A or PRA1B
	 * @return whether the stored inputs equal the suggestion
	 */
	public boolean matches(String itemCode) {
		ItemAnswerView answer = this.stored.get(itemCode);
		Map<String, BigDecimal> suggested = this.counts.inputsFor(itemCode);
		if (answer == null || suggested == null || answer.inputs().size() != suggested.size()) {
			return false;
		}
		return suggested.entrySet()
			.stream()
			.allMatch((entry) -> answer.inputs().get(entry.getKey()) != null
					&& answer.inputs().get(entry.getKey()).compareTo(entry.getValue()) == 0);
	}

}
