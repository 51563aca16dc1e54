package id.ruangzi.pokja.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PokjaRepository extends JpaRepository<Pokja, Long> {

	List<Pokja> findByProgrammeIdOrderByAreaCode(long programmeId);

	List<Pokja> findByIdIn(Collection<Long> ids);

	/**
	 * The area letters of the pokja of a programme in which a person sits, in one query.
	 */
	@Query("""
			select distinct p.areaCode from Pokja p, Seat s
			where s.pokjaId = p.id and p.programmeId = :programmeId and s.userId = :userId
			""")
	List<String> findAreasOf(long programmeId, long userId);

}
