package id.ruangzi.notification.internal;

import id.ruangzi.shared.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person follows an item's thread in a programme.
 */
@Entity
@Table(name = "item_follow")
public class ItemFollow extends BaseEntity {

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(name = "item_code", nullable = false)
	private String itemCode;

	protected ItemFollow() {
	}

	public long getUserId() {
		return this.userId;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

}
