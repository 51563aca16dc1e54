package id.ruangzi.pokja.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "zi_team")
public class Team extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "decree_number")
	private String decreeNumber;

	@Column(name = "decree_date")
	private LocalDate decreeDate;

	protected Team() {
	}

	public Team(long programmeId) {
		this.programmeId = programmeId;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	public void recordDecree(String number, LocalDate date) {
		this.decreeNumber = number;
		this.decreeDate = date;
	}

}
