package id.ruangzi.pokja;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.internal.AgentChange;
import id.ruangzi.pokja.internal.AgentChangeRepository;
import id.ruangzi.pokja.internal.ChangeAgent;
import id.ruangzi.pokja.internal.ChangeAgentRepository;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Who may change the change agents of a programme, for {@link ChangeAgentApi}: edit
 * rights on area A, Manajemen Perubahan, like the LKE items they feed. It also finds the
 * appointment or change being changed, so a row of another programme is not found and a
 * stale version is a conflict.
 */
@Component
class AgentRights {

	private final AssessmentApi assessment;

	private final ChangeAgentRepository agents;

	private final AgentChangeRepository changes;

	AgentRights(AssessmentApi assessment, ChangeAgentRepository agents, AgentChangeRepository changes) {
		this.assessment = assessment;
		this.agents = agents;
		this.changes = changes;
	}

	ProgrammeView requireEditor(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		if (!this.assessment.editScope(user, programmeId).covers(Area.A)) {
			throw new ForbiddenException("change agents of programme " + programmeId + " belong to area A");
		}
		return programme;
	}

	/**
	 * The appointment to change.
	 * @param version the version the user saw, or null when the appointment itself does
	 * not change (a change recorded for it)
	 */
	ChangeAgent agent(CurrentUser user, long programmeId, long agentId, Long version) {
		requireEditor(user, programmeId);
		ChangeAgent agent = this.agents.findById(agentId)
			.filter((row) -> row.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("change agent " + agentId));
		if (version != null && agent.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ChangeAgent.class, agentId);
		}
		return agent;
	}

	AgentChange change(CurrentUser user, long programmeId, long changeId, long version) {
		requireEditor(user, programmeId);
		AgentChange change = this.changes.findById(changeId)
			.filter((row) -> row.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("change " + changeId));
		if (change.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AgentChange.class, changeId);
		}
		return change;
	}

}
