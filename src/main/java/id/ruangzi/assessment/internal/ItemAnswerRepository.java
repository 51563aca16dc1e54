package id.ruangzi.assessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemAnswerRepository extends JpaRepository<ItemAnswer, Long> {

	List<ItemAnswer> findByProgrammeId(long programmeId);

	Optional<ItemAnswer> findByProgrammeIdAndItemCode(long programmeId, String itemCode);

	List<ItemAnswer> findByProgrammeIdIn(java.util.Collection<Long> programmeIds);

}
