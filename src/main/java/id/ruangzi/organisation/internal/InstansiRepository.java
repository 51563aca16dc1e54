package id.ruangzi.organisation.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstansiRepository extends JpaRepository<Instansi, Long> {

	Optional<Instansi> findByCode(String code);

}
