package id.ruangzi.pokja.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChangeAgentRepository extends JpaRepository<ChangeAgent, Long> {

	List<ChangeAgent> findByProgrammeIdOrderByEndedOnDescDecreeDateAscIdAsc(long programmeId);

	boolean existsByProgrammeIdAndUserIdAndEndedOnIsNull(long programmeId, long userId);

	/** Agents with an active appointment: the {@code agen} input of PRA1A. */
	@Query("select count(a) from ChangeAgent a where a.programmeId = :programmeId and a.endedOn is null")
	long countActive(long programmeId);

}
