package id.ruangzi.evidence.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceRevisionRepository extends JpaRepository<EvidenceRevision, Long> {

	List<EvidenceRevision> findByEvidenceIdOrderByNumberDesc(long evidenceId);

	/** The newest revision of each record. */
	@Query("""
			select r from EvidenceRevision r where r.evidenceId in ?1 and r.number =
			(select max(o.number) from EvidenceRevision o where o.evidenceId = r.evidenceId)""")
	List<EvidenceRevision> currentOf(Collection<Long> evidenceIds);

	@Query("""
			select r from EvidenceRevision r where r.number =
			(select max(o.number) from EvidenceRevision o where o.evidenceId = r.evidenceId)
			and r.evidenceId in (select e.id from Evidence e where e.programmeId = ?1) order by r.evidenceId""")
	List<EvidenceRevision> currentOfProgramme(long programmeId);

	/** Titles of other records of a unit holding exactly this content. */
	@Query("""
			select distinct e.title from EvidenceRevision r, Evidence e where r.evidenceId = e.id
			and e.unitId = ?1 and r.sha256 = ?2 and e.id <> ?3""")
	List<String> titlesWithContent(long unitId, String sha256, long exceptEvidenceId);

}
