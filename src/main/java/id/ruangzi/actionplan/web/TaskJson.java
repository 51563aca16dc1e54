package id.ruangzi.actionplan.web;

import java.time.LocalDate;
import java.util.List;

import id.ruangzi.actionplan.TaskView;

/**
 * A task in the JSON API: exactly these fields. The version for a PATCH travels in the
 * {@code ETag} header.
 *
 * @param id the task
 * @param title its title
 * @param status BELUM, PROSES, SELESAI or BATAL
 * @param priority RENDAH, SEDANG or TINGGI
 * @param startDate its start, or null
 * @param dueDate its deadline, or null
 * @param overdue past its deadline and neither done nor cancelled
 * @param progress percent done
 * @param areaCode A-F, or null for the whole programme
 * @param itemCodes linked LKE items
 * @param pokjaId its pokja, or null
 * @param pic the person in charge, or null
 */
record TaskJson(long id, String title, String status, String priority, LocalDate startDate, LocalDate dueDate,
		boolean overdue, int progress, String areaCode, List<String> itemCodes, Long pokjaId, Pic pic) {

	static TaskJson of(TaskView task) {
		return new TaskJson(task.id(), task.title(), task.status().name(), task.priority().name(), task.startDate(),
				task.dueDate(), task.overdue(), task.progress(), task.areaCode(), task.itemCodes(), task.pokjaId(),
				(task.pic() != null) ? new Pic(task.pic().username(), task.pic().fullName()) : null);
	}

	/**
	 * The person in charge.
	 *
	 * @param username their login name
	 * @param fullName their full name
	 */
	record Pic(String username, String fullName) {

	}

}
