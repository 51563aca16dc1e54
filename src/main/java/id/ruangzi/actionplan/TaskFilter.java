package id.ruangzi.actionplan;

import java.util.Locale;

/**
 * What a task list shows: every criterion is optional.
 *
 * @param areaCode only this area (A-F), or null
 * @param pokjaId only this pokja, or null
 * @param picUsername only tasks of this person in charge, or null
 * @param status only this status, or null
 * @param overdue only overdue tasks
 * @param sort the order, null for {@link TaskSort#DUE}
 * @param picUserId the person in charge's id, which the service fills in from the
 * username
 */
public record TaskFilter(String areaCode, Long pokjaId, String picUsername, TaskStatus status, boolean overdue,
		TaskSort sort, Long picUserId) {

	public TaskFilter {
		areaCode = (areaCode == null || areaCode.isBlank()) ? null : areaCode.strip().toUpperCase(Locale.ROOT);
		picUsername = (picUsername == null || picUsername.isBlank()) ? null : picUsername.strip();
		sort = (sort != null) ? sort : TaskSort.DUE;
	}

	/**
	 * @param areaCode only this area, or null
	 * @param pokjaId only this pokja, or null
	 * @param picUsername only this person in charge, or null
	 * @param status only this status, or null
	 * @param overdue only overdue tasks
	 * @param sort the order, or null
	 * @return the filter
	 */
	public static TaskFilter of(String areaCode, Long pokjaId, String picUsername, TaskStatus status, boolean overdue,
			TaskSort sort) {
		return new TaskFilter(areaCode, pokjaId, picUsername, status, overdue, sort, null);
	}

	/** Every task, by due date. */
	public static TaskFilter none() {
		return of(null, null, null, null, false, TaskSort.DUE);
	}

}
