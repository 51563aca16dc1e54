package id.ruangzi.pokja.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeatRepository extends JpaRepository<Seat, Long> {

	List<Seat> findByPokjaIdIn(Collection<Long> pokjaIds);

	@org.springframework.data.jpa.repository.Query("""
			select new id.ruangzi.pokja.PokjaSeat(k.programmeId, k.id, k.areaCode, s.userId)
			from Seat s join Pokja k on k.id = s.pokjaId
			where k.programmeId in :programmeIds
			""")
	List<id.ruangzi.pokja.PokjaSeat> findSeatsOfProgrammes(Collection<Long> programmeIds);

	Optional<Seat> findByPokjaIdAndUserId(long pokjaId, long userId);

}
