package id.ruangzi.actionplan.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, Long> {

	@Query("select t.title from Task t where t.programmeId = :programmeId")
	List<String> titlesOf(long programmeId);

	long countByProgrammeId(long programmeId);

}
