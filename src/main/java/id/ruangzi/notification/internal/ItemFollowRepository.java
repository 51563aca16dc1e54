package id.ruangzi.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Who follows which item thread. Plain SQL: a follow is a fact with no behaviour, and
 * "follow unless already following" is one idempotent statement.
 */
public interface ItemFollowRepository extends Repository<ItemFollow, Long> {

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			insert into item_follow (user_id, programme_id, item_code) values (:userId, :programmeId, :itemCode)
			on conflict (programme_id, item_code, user_id) do nothing
			""")
	int follow(@Param("userId") long userId, @Param("programmeId") long programmeId,
			@Param("itemCode") String itemCode);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from ItemFollow f where f.userId = :userId and f.programmeId = :programmeId and f.itemCode = :itemCode")
	int unfollow(long userId, long programmeId, String itemCode);

	boolean existsByUserIdAndProgrammeIdAndItemCode(long userId, long programmeId, String itemCode);

	@Query("select f.userId from ItemFollow f where f.programmeId = :programmeId and f.itemCode = :itemCode")
	List<Long> followers(long programmeId, String itemCode);

}
