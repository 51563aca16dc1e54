package id.ruangzi.actionplan.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.ruangzi.actionplan.TaskPriority;
import id.ruangzi.actionplan.TaskRejectedException;
import id.ruangzi.actionplan.TaskRejectedException.Rejection;
import id.ruangzi.actionplan.TaskStatus;

/**
 * Collects field rejections of one draft or change, so the user sees every problem at
 * once.
 */
public final class DraftRules {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 10_000;

	private final Map<String, Rejection> rejections = new LinkedHashMap<>();

	public void reject(String field, String messageKey, String reason, Object... arguments) {
		this.rejections.putIfAbsent(field, new Rejection(messageKey, reason, arguments));
	}

	public boolean rejected(String field) {
		return this.rejections.containsKey(field);
	}

	/** Throws the rejections collected so far, if any. */
	public void check() {
		if (!this.rejections.isEmpty()) {
			throw new TaskRejectedException(this.rejections);
		}
	}

	public String title(String title) {
		String value = blankToNull(title);
		if (value == null) {
			reject("title", "actionplan.task.error.title.required", "required");
		}
		else if (value.length() > MAX_TITLE) {
			reject("title", "actionplan.task.error.title.long", "at most " + MAX_TITLE + " characters", MAX_TITLE);
		}
		return value;
	}

	public String text(String field, String text, int max) {
		String value = blankToNull(text);
		if (value != null && value.length() > max) {
			reject(field, "actionplan.task.error.tooLong", "at most " + max + " characters", max);
		}
		return value;
	}

	public String area(String areaCode) {
		String value = blankToNull(areaCode);
		if (value != null) {
			value = value.toUpperCase(Locale.ROOT);
			if (!value.matches("[A-F]")) {
				reject("areaCode", "actionplan.task.error.area", "must be A to F or empty");
				return null;
			}
		}
		return value;
	}

	public TaskStatus status(String status, TaskStatus otherwise) {
		String value = blankToNull(status);
		if (value == null) {
			return otherwise;
		}
		try {
			return TaskStatus.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reject("status", "actionplan.task.error.status", "must be BELUM, PROSES, SELESAI or BATAL");
			return otherwise;
		}
	}

	public TaskPriority priority(String priority, TaskPriority otherwise) {
		String value = blankToNull(priority);
		if (value == null) {
			return otherwise;
		}
		try {
			return TaskPriority.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reject("priority", "actionplan.task.error.priority", "must be RENDAH, SEDANG or TINGGI");
			return otherwise;
		}
	}

	public int progress(Integer progress, int otherwise) {
		if (progress == null) {
			return otherwise;
		}
		if (progress < 0 || progress > 100) {
			reject("progress", "actionplan.task.error.progress", "must be between 0 and 100");
			return otherwise;
		}
		return progress;
	}

	public void dates(LocalDate start, LocalDate due) {
		if (start != null && due != null && due.isBefore(start)) {
			reject("dueDate", "actionplan.task.error.dueBeforeStart", "must not be before startDate");
		}
	}

	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
