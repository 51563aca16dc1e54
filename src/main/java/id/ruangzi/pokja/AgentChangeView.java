package id.ruangzi.pokja;

import java.time.LocalDate;

/**
 * A concrete change made by a change agent.
 *
 * @param id the change
 * @param agentId the agent who made it
 * @param title what changed
 * @param changedOn when
 * @param integrated whether it was integrated into the management system
 * @param counted whether it falls in the programme's year and so counts for PRA1A and
 * PRA1B
 * @param version for stale-edit detection
 */
public record AgentChangeView(long id, long agentId, String title, LocalDate changedOn, boolean integrated,
		boolean counted, long version) {

}
