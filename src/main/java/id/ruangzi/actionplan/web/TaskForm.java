package id.ruangzi.actionplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskRejectedException;
import id.ruangzi.actionplan.TaskView;

import org.springframework.validation.BindingResult;

/**
 * The task form. Everything is text so that a typing mistake becomes a field error in the
 * user's language; the service checks the rest (lengths, dates, areas, items, people).
 */
record TaskForm(String title, String description, String areaCode, String pokjaId, String itemCodes, String picUsername,
		String startDate, String dueDate, String status, String priority, String expectedOutput, String progress,
		Long version) {

	static TaskForm empty(String areaCode, String pokjaId) {
		return new TaskForm("", "", areaCode, pokjaId, "", "", "", "", "BELUM", "SEDANG", "", "0", null);
	}

	static TaskForm of(TaskView task) {
		return new TaskForm(task.title(), task.description(), task.areaCode(),
				(task.pokjaId() != null) ? task.pokjaId().toString() : "", String.join(", ", task.itemCodes()),
				(task.pic() != null) ? task.pic().username() : "", text(task.startDate()), text(task.dueDate()),
				task.status().name(), task.priority().name(), task.expectedOutput(), String.valueOf(task.progress()),
				task.version());
	}

	/**
	 * @param result where conversion problems go
	 * @return the draft, or null when a field could not be read
	 */
	TaskDraft toDraft(BindingResult result) {
		Long pokja = number(this.pokjaId, "pokjaId", "actionplan.task.error.pokja", result);
		Long percent = number(this.progress, "progress", "actionplan.task.error.progress", result);
		LocalDate start = date(this.startDate, "startDate", result);
		LocalDate due = date(this.dueDate, "dueDate", result);
		List<String> codes = (this.itemCodes == null) ? List.of()
				: Arrays.stream(this.itemCodes.split("[,;\\s]+")).filter((code) -> !code.isBlank()).toList();
		if (result.hasErrors()) {
			return null;
		}
		return new TaskDraft(this.title, this.description, this.areaCode, pokja, codes, this.picUsername, start, due,
				this.status, this.priority, this.expectedOutput, (percent != null) ? percent.intValue() : null);
	}

	static void reject(TaskRejectedException ex, BindingResult result) {
		for (Map.Entry<String, TaskRejectedException.Rejection> entry : ex.fields().entrySet()) {
			String field = entry.getKey().equals("version") ? null : entry.getKey();
			if (field == null) {
				result.reject(entry.getValue().messageKey());
			}
			else {
				result.rejectValue(field, entry.getValue().messageKey(), entry.getValue().arguments(), null);
			}
		}
	}

	private static Long number(String text, String field, String key, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, key);
			return null;
		}
	}

	private static LocalDate date(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "actionplan.task.error.date");
			return null;
		}
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
