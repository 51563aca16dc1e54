package id.ruangzi.assessment.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import id.ruangzi.assessment.scoring.Predicate;

/**
 * Opening a programme: the unit, the year, the target predicate and an optional deadline.
 * Year and deadline are text so that any typing mistake becomes a field error in the
 * user's language, not a conversion message.
 */
record OpenProgrammeForm(@NotBlank(message = "{assessment.open.unit.required}") String unitCode,
		@NotBlank(message = "{assessment.open.year.invalid}") @Pattern(regexp = "\\s*(20\\d\\d|2100)\\s*",
				message = "{assessment.open.year.invalid}") String year,
		@NotBlank(message = "{assessment.open.target.required}") @Pattern(regexp = "WBK|WBBM",
				message = "{assessment.open.target.required}") String target,
		@Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{assessment.open.deadline.invalid}") String deadline) {

	static OpenProgrammeForm empty(String unitCode) {
		return new OpenProgrammeForm(unitCode, String.valueOf(Year.now().getValue()), "WBK", "");
	}

	int yearValue() {
		return Integer.parseInt(this.year.strip());
	}

	Predicate targetValue() {
		return Predicate.valueOf(this.target);
	}

	/** The deadline, null when left empty; throws for an impossible date. */
	LocalDate deadlineValue() throws DateTimeParseException {
		return (this.deadline == null || this.deadline.isBlank()) ? null : LocalDate.parse(this.deadline);
	}

}
