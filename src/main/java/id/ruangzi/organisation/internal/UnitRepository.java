package id.ruangzi.organisation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

}
