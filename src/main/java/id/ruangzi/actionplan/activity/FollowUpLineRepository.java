package id.ruangzi.actionplan.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpLineRepository extends JpaRepository<FollowUpLine, Long> {

	List<FollowUpLine> findByActivityIdOrderByPosition(long activityId);

}
