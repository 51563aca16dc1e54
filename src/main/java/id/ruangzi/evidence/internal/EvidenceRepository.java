package id.ruangzi.evidence.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByProgrammeIdOrderByIdDesc(long programmeId);

	@Query("select e from Evidence e join e.itemCodes c where e.programmeId = ?1 and c = ?2 order by e.id desc")
	List<Evidence> findByProgrammeIdAndItemCode(long programmeId, String itemCode);

	@Query("select e from Evidence e join e.taskIds t where e.programmeId = ?1 and t = ?2 order by e.id desc")
	List<Evidence> findByProgrammeIdAndTaskId(long programmeId, long taskId);

	/** Pairs of (evidence id, task id), one query for a whole page. */
	@Query("select e.id, t from Evidence e join e.taskIds t where e.id in ?1 order by t")
	List<Object[]> taskIdsOf(Collection<Long> evidenceIds);

	/** Pairs of (evidence id, item code), one query for a whole page. */
	@Query("select e.id, c from Evidence e join e.itemCodes c where e.id in ?1 order by c")
	List<Object[]> itemCodesOf(Collection<Long> evidenceIds);

	@Query("select c, count(e) from Evidence e join e.itemCodes c where e.programmeId = ?1 group by c")
	List<Object[]> countByItem(long programmeId);

	long countByProgrammeId(long programmeId);

}
