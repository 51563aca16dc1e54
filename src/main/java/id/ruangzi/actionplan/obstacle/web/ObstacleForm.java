package id.ruangzi.actionplan.obstacle.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.ruangzi.actionplan.ObstacleDraft;
import id.ruangzi.actionplan.ObstacleSeverity;
import id.ruangzi.actionplan.ObstacleStatus;
import id.ruangzi.actionplan.ObstacleView;

/** The obstacle form; an empty status on a new obstacle means open. */
record ObstacleForm(
		@NotBlank(message = "{activity.obstacle.description.required}") @Size(max = 2000,
				message = "{activity.obstacle.description.tooLong}") String description,
		@Pattern(regexp = "|[A-F]", message = "{activity.area.invalid}") String areaCode,
		@NotBlank(message = "{activity.obstacle.severity.required}") @Pattern(regexp = "RENDAH|SEDANG|TINGGI",
				message = "{activity.obstacle.severity.required}") String severity,
		@Size(max = 2000, message = "{activity.obstacle.mitigation.tooLong}") String mitigation, Long ownerId,
		@Pattern(regexp = "|TERBUKA|DITANGANI|SELESAI", message = "{activity.obstacle.status.invalid}") String status,
		Long version) {

	static ObstacleForm blank() {
		return new ObstacleForm("", "", "SEDANG", "", null, "TERBUKA", null);
	}

	static ObstacleForm of(ObstacleView obstacle) {
		return new ObstacleForm(obstacle.description(), (obstacle.areaCode() != null) ? obstacle.areaCode() : "",
				obstacle.severity().name(), (obstacle.mitigation() != null) ? obstacle.mitigation() : "",
				obstacle.ownerId(), obstacle.status().name(), obstacle.version());
	}

	ObstacleDraft toDraft() {
		return new ObstacleDraft(this.description, this.areaCode, ObstacleSeverity.valueOf(this.severity),
				this.mitigation, this.ownerId,
				(this.status == null || this.status.isBlank()) ? null : ObstacleStatus.valueOf(this.status));
	}

	long versionValue() {
		return (this.version != null) ? this.version : -1;
	}

}
