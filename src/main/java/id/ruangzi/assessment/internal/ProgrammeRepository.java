package id.ruangzi.assessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	Optional<Programme> findByUnitIdAndYear(long unitId, int year);

	List<Programme> findByUnitIdInOrderByYearDesc(List<Long> unitIds);

	@org.springframework.data.jpa.repository.Query("select p.id, p.unitId from Programme p where p.id in :ids")
	List<Object[]> findUnitIds(java.util.Collection<Long> ids);

	@org.springframework.data.jpa.repository.Query("select p.templateId, count(p) from Programme p group by p.templateId")
	List<Object[]> countPerTemplate();

}
