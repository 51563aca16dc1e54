package id.ruangzi.assessment.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {

	@Column(name = "unit_id")
	private long unitId;

	private int year;

	@Column(name = "template_id")
	private long templateId;

	@Enumerated(EnumType.STRING)
	private Predicate target;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private Stage stage = Stage.PEMBANGUNAN;

	protected Programme() {
	}

	public Programme(long unitId, int year, long templateId, Predicate target, LocalDate deadline) {
		this.unitId = unitId;
		this.year = year;
		this.templateId = templateId;
		this.target = target;
		this.deadline = deadline;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public int getYear() {
		return this.year;
	}

	public long getTemplateId() {
		return this.templateId;
	}

	public Predicate getTarget() {
		return this.target;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public Stage getStage() {
		return this.stage;
	}

	/**
	 * Moves the programme to another stage; the caller ({@code ProgrammeStages}) has
	 * checked the rights and that the move is allowed from the current stage.
	 */
	public void moveTo(Stage stage) {
		this.stage = stage;
	}

}
