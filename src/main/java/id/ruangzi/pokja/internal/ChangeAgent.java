package id.ruangzi.pokja.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

/**
 * A person appointed change agent (agen perubahan) of a programme by decree. Active until
 * the appointment ends.
 */
@Entity
@Table(name = "change_agent")
public class ChangeAgent extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "decree_number")
	private String decreeNumber;

	@Column(name = "decree_date")
	private LocalDate decreeDate;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	protected ChangeAgent() {
	}

	public ChangeAgent(long programmeId, long userId, String decreeNumber, LocalDate decreeDate) {
		this.programmeId = programmeId;
		this.userId = userId;
		this.decreeNumber = decreeNumber;
		this.decreeDate = decreeDate;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public long getUserId() {
		return this.userId;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public boolean isActive() {
		return this.endedOn == null;
	}

	public void end(LocalDate on) {
		this.endedOn = on;
	}

}
