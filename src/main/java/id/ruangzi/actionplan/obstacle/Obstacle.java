package id.ruangzi.actionplan.obstacle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "obstacle")
public class Obstacle extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	private String description;

	@Column(name = "area_code")
	private String areaCode;

	private String severity;

	private String mitigation;

	@Column(name = "owner_id")
	private Long ownerId;

	private String status;

	protected Obstacle() {
	}

	public Obstacle(long programmeId) {
		this.programmeId = programmeId;
	}

	public void describe(String description, String areaCode, String severity, String mitigation, Long ownerId,
			String status) {
		this.description = description;
		this.areaCode = areaCode;
		this.severity = severity;
		this.mitigation = mitigation;
		this.ownerId = ownerId;
		this.status = status;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public String getSeverity() {
		return this.severity;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public String getStatus() {
		return this.status;
	}

}
