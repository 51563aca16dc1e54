package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * Every field of a task as a user gives it, before validation. Enumerations and numbers
 * come as given so that a wrong value becomes a field error, not a conversion failure.
 *
 * @param title what to do, required, at most 200 characters
 * @param description details, or blank
 * @param areaCode A-F, or blank for the whole programme (taken from the pokja when one is
 * given)
 * @param pokjaId a pokja of the same programme, or null
 * @param itemCodes LKE items of the programme's template (of the task's area when it has
 * one)
 * @param picUsername the person in charge, who must hold a role on the unit, or blank
 * @param startDate the start, or null
 * @param dueDate the deadline, or null; not before the start
 * @param status BELUM, PROSES, SELESAI or BATAL; blank for BELUM
 * @param priority RENDAH, SEDANG or TINGGI; blank for SEDANG
 * @param expectedOutput what it produces, at most 200 characters, or blank
 * @param progress 0 to 100, or null for 0
 */
public record TaskDraft(String title, String description, String areaCode, Long pokjaId, List<String> itemCodes,
		String picUsername, LocalDate startDate, LocalDate dueDate, String status, String priority,
		String expectedOutput, Integer progress) {

	public TaskDraft {
		itemCodes = (itemCodes != null) ? List.copyOf(itemCodes) : List.of();
	}

	/**
	 * A new task with only a title, an area and a person in charge, as a follow-up of an
	 * activity or a template line would make.
	 * @param title what to do
	 * @param areaCode the area, or null
	 * @param picUsername the person in charge, or null
	 * @param dueDate the deadline, or null
	 * @return the draft
	 */
	public static TaskDraft of(String title, String areaCode, String picUsername, LocalDate dueDate) {
		return new TaskDraft(title, null, areaCode, null, List.of(), picUsername, null, dueDate, null, null, null,
				null);
	}

}
