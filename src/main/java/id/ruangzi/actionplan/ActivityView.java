package id.ruangzi.actionplan;

import java.time.LocalDate;

/**
 * An activity as the list shows it.
 *
 * @param id the activity
 * @param programmeId its programme
 * @param kind what kind of activity
 * @param title a short title
 * @param date when it took place
 * @param place where, or null
 * @param areaCode the change area A-F it belongs to, or null for the whole programme
 * @param recordedBy the full name of who recorded it
 * @param supervisorName the supervisor who gave feedback on a coaching visit, or null
 * @param feedback the supervisor's feedback (masukan pembina), or null
 * @param version the version, for edits
 */
public record ActivityView(long id, long programmeId, ActivityKind kind, String title, LocalDate date, String place,
		String areaCode, String recordedBy, String supervisorName, String feedback, long version) {

	/** Whether a supervisor recorded the visit or gave feedback on it. */
	public boolean fromSupervisor() {
		return this.supervisorName != null;
	}

	/** Whether the supervisor's feedback is there to read. */
	public boolean hasFeedback() {
		return this.feedback != null && !this.feedback.isBlank();
	}

}
