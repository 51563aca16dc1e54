package id.ruangzi.pokja.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgentChangeRepository extends JpaRepository<AgentChange, Long> {

	/** Deletes the changes of an agent in one statement, before the agent goes. */
	@Modifying
	@Query("delete from AgentChange c where c.agentId = :agentId")
	int deleteByAgent(long agentId);

	List<AgentChange> findByProgrammeIdOrderByChangedOnAscIdAsc(long programmeId);

	/**
	 * The changes of a programme dated within a period, and how many of them are
	 * integrated, in one query.
	 */
	@Query("""
			select new id.ruangzi.pokja.internal.ChangeTally(count(c),
			  coalesce(sum(case when c.integrated = true then 1 else 0 end), 0))
			from AgentChange c
			where c.programmeId = :programmeId and c.changedOn between :from and :to
			""")
	ChangeTally tally(long programmeId, LocalDate from, LocalDate to);

}
