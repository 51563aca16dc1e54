package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.identity.CurrentUser;

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
 * <p>
 * This facade holds the transactions and hands the work to package-private helpers:
 * {@link AgentReading} for the page and the counts, {@link AgentWriting} for
 * appointments, changes and suggestions, and {@link AgentRights} for who may change them.
 */
@Service
@Transactional(readOnly = true)
public class ChangeAgentApi {

	private final AgentReading reading;

	private final AgentWriting writing;

	ChangeAgentApi(AgentReading reading, AgentWriting writing) {
		this.reading = reading;
		this.writing = writing;
	}

	/**
	 * The change-agents page of a programme, in a fixed number of queries.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return its agents, their changes, the counts and the stored PRA1A and PRA1B
	 */
	public AgentsView page(CurrentUser user, long programmeId) {
		return this.reading.page(user, programmeId);
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the counts behind the suggested values of PRA1A and PRA1B
	 */
	public AgentCounts counts(CurrentUser user, long programmeId) {
		return this.reading.counts(user, programmeId);
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
		return this.writing.appoint(user, programmeId, username, decreeNumber, decreeDate);
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
		this.writing.end(user, programmeId, agentId, version);
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
		this.writing.remove(user, programmeId, agentId, version);
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
		return this.writing.addChange(user, programmeId, agentId, title, changedOn, integrated);
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
		this.writing.editChange(user, programmeId, changeId, title, changedOn, integrated, version);
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
		this.writing.deleteChange(user, programmeId, changeId, version);
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
		return this.writing.applySuggestion(user, programmeId, itemCode);
	}

}
