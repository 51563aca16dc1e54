package id.ruangzi.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** One page of a person's notifications, newest first. */
	@Query("select n from Notification n where n.recipientId = :recipientId order by n.createdAt desc, n.id desc")
	List<Notification> findPage(long recipientId, Pageable pageable);

	long countByRecipientId(long recipientId);

	/** The bell's number, one aggregate query. */
	long countByRecipientIdAndReadAtIsNull(long recipientId);

	Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

	/** Marks everything of one person read in one statement. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :when, n.version = n.version + 1 where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(long recipientId, Instant when);

}
