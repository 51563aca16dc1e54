package id.ruangzi.notification.internal;

import java.time.Instant;

import id.ruangzi.notification.NotificationKind;
import id.ruangzi.shared.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One notification for one person; the text is rendered at display time from the kind.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

	@Column(name = "recipient_id", nullable = false)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationKind kind;

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	private Integer round;

	@Column(name = "item_code")
	private String itemCode;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(nullable = false)
	private String target;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	public Notification(long recipientId, NotificationKind kind, long programmeId, long unitId, Integer round,
			String itemCode, Long actorId, String target) {
		this.recipientId = recipientId;
		this.kind = kind;
		this.programmeId = programmeId;
		this.unitId = unitId;
		this.round = round;
		this.itemCode = itemCode;
		this.actorId = actorId;
		this.target = target;
	}

	public long getRecipientId() {
		return this.recipientId;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public Integer getRound() {
		return this.round;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getTarget() {
		return this.target;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public void markRead(Instant when) {
		if (this.readAt == null) {
			this.readAt = when;
		}
	}

}
