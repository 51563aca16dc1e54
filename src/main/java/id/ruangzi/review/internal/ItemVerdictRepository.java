package id.ruangzi.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemVerdictRepository extends JpaRepository<ItemVerdict, Long> {

	Optional<ItemVerdict> findByRoundIdAndItemCode(long roundId, String itemCode);

	List<ItemVerdict> findByRoundIdIn(Collection<Long> roundIds);

}
