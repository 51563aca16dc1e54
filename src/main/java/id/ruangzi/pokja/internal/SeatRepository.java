package id.ruangzi.pokja.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeatRepository extends JpaRepository<Seat, Long> {

	List<Seat> findByPokjaIdIn(Collection<Long> pokjaIds);

	Optional<Seat> findByPokjaIdAndUserId(long pokjaId, long userId);

}
