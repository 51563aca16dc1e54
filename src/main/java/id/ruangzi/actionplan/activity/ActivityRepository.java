package id.ruangzi.actionplan.activity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

	Page<Activity> findByProgrammeIdOrderByDateDescIdDesc(long programmeId, Pageable pageable);

	boolean existsByProgrammeIdAndTitle(long programmeId, String title);

}
