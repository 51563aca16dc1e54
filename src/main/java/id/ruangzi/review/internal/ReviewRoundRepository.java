package id.ruangzi.review.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

	List<ReviewRound> findByProgrammeIdOrderByNumberAsc(long programmeId);

	List<ReviewRound> findByProgrammeIdInAndOutcomeIsNull(Collection<Long> programmeIds);

}
