package id.ruangzi.pokja.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "pokja")
public class Pokja extends BaseEntity {

	@Column(name = "team_id")
	private long teamId;

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "area_code")
	private String areaCode;

	private String name;

	protected Pokja() {
	}

	public Pokja(long teamId, long programmeId, String areaCode, String name) {
		this.teamId = teamId;
		this.programmeId = programmeId;
		this.areaCode = areaCode;
		this.name = name;
	}

	public long getTeamId() {
		return this.teamId;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public String getName() {
		return this.name;
	}

	public void rename(String name) {
		this.name = name;
	}

}
