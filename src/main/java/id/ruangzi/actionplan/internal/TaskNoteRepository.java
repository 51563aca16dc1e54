package id.ruangzi.actionplan.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskNoteRepository extends JpaRepository<TaskNote, Long> {

	List<TaskNote> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);

}
