package id.ruangzi.pokja.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByProgrammeId(long programmeId);

}
