package id.ruangzi.actionplan.obstacle;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObstacleRepository extends JpaRepository<Obstacle, Long> {

	/**
	 * A programme's obstacles, optionally of one status and one area: unresolved before
	 * resolved, then the most severe, then the newest.
	 */
	@Query(value = """
			select o from Obstacle o
			where o.programmeId = :programmeId
			  and (:status is null or o.status = :status)
			  and (:area is null or o.areaCode = :area)
			order by case when o.status = 'SELESAI' then 1 else 0 end,
			         case o.severity when 'TINGGI' then 0 when 'SEDANG' then 1 else 2 end,
			         o.id desc
			""", countQuery = """
			select count(o) from Obstacle o
			where o.programmeId = :programmeId
			  and (:status is null or o.status = :status)
			  and (:area is null or o.areaCode = :area)
			""")
	Page<Obstacle> findListed(long programmeId, String status, String area, Pageable pageable);

	boolean existsByProgrammeIdAndDescription(long programmeId, String description);

}
