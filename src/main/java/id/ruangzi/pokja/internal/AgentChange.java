package id.ruangzi.pokja.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

/**
 * A concrete change a change agent made, and whether it was integrated into the
 * management system.
 */
@Entity
@Table(name = "agent_change")
public class AgentChange extends BaseEntity {

	@Column(name = "agent_id")
	private long agentId;

	@Column(name = "programme_id")
	private long programmeId;

	private String title;

	@Column(name = "changed_on")
	private LocalDate changedOn;

	private boolean integrated;

	protected AgentChange() {
	}

	public AgentChange(long agentId, long programmeId, String title, LocalDate changedOn, boolean integrated) {
		this.agentId = agentId;
		this.programmeId = programmeId;
		update(title, changedOn, integrated);
	}

	public long getAgentId() {
		return this.agentId;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public boolean isIntegrated() {
		return this.integrated;
	}

	public void update(String title, LocalDate changedOn, boolean integrated) {
		this.title = title;
		this.changedOn = changedOn;
		this.integrated = integrated;
	}

}
