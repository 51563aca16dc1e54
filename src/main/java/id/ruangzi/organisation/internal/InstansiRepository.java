package id.ruangzi.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstansiRepository extends JpaRepository<Instansi, Long> {

	Optional<Instansi> findByCode(String code);

	@Query("select new id.ruangzi.organisation.internal.InstansiOption(i.code, i.name) from Instansi i order by i.name")
	List<InstansiOption> findOptions();

}
