package id.ruangzi.actionplan.activity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.ruangzi.actionplan.ActivityDetail;
import id.ruangzi.actionplan.ActivityDraft;
import id.ruangzi.actionplan.ActivityFollowUp;
import id.ruangzi.actionplan.ActivityKind;
import id.ruangzi.actionplan.ActivityView;

/**
 * The activity form. The date is text so that a typing mistake becomes a field error in
 * the user's language; guests and follow-ups are one per line.
 */
public record ActivityForm(
		@NotBlank(message = "{activity.kind.required}") @Pattern(
				regexp = "RAPAT_KOORDINASI|PENDAMPINGAN|SOSIALISASI|PELATIHAN|STUDI_BANDING|MONEV",
				message = "{activity.kind.required}") String kind,
		@NotBlank(message = "{activity.title.required}") @Size(max = 200,
				message = "{activity.title.tooLong}") String title,
		@NotBlank(message = "{activity.date.invalid}") @Pattern(regexp = "\\s*\\d{4}-\\d{2}-\\d{2}\\s*",
				message = "{activity.date.invalid}") String date,
		@Size(max = 200, message = "{activity.place.tooLong}") String place,
		@Pattern(regexp = "|[A-F]", message = "{activity.area.invalid}") String areaCode, List<Long> participantIds,
		@Size(max = 2000, message = "{activity.guests.tooLong}") String guests,
		@Size(max = 20000, message = "{activity.minutes.tooLong}") String minutes,
		@Size(max = 5000, message = "{activity.followUps.tooLong}") String followUps,
		@Size(max = 5000, message = "{activity.feedback.tooLong}") String supervisorFeedback, Long version) {

	static ActivityForm blank(ActivityKind kind, LocalDate today) {
		return new ActivityForm(kind.name(), "", today.toString(), "", "", List.of(), "", "", "", "", null);
	}

	static ActivityForm of(ActivityDetail detail) {
		ActivityView activity = detail.activity();
		return new ActivityForm(activity.kind().name(), activity.title(), activity.date().toString(),
				orEmpty(activity.place()), orEmpty(activity.areaCode()), List.copyOf(detail.participantIds()),
				String.join("\n", detail.guests()), orEmpty(detail.minutes()),
				detail.followUps().stream().map(ActivityFollowUp::text).collect(Collectors.joining("\n")),
				orEmpty(activity.feedback()), activity.version());
	}

	/** Whether a person was ticked, for the checkboxes. */
	public boolean ticked(long userId) {
		return this.participantIds != null && this.participantIds.contains(userId);
	}

	/** The draft to save; throws for an impossible date such as 2026-02-30. */
	ActivityDraft toDraft() throws DateTimeParseException {
		return new ActivityDraft(ActivityKind.valueOf(this.kind), this.title, LocalDate.parse(this.date.strip()),
				this.place, this.areaCode,
				(this.participantIds != null) ? new HashSet<>(this.participantIds) : new HashSet<>(), this.guests,
				this.minutes, (this.followUps != null) ? this.followUps.lines().toList() : List.of(),
				this.supervisorFeedback);
	}

	long versionValue() {
		return (this.version != null) ? this.version : -1;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
