package id.ruangzi.actionplan.internal;

import java.time.Instant;
import java.time.LocalDate;

import id.ruangzi.actionplan.TaskPriority;
import id.ruangzi.actionplan.TaskStatus;

/**
 * A task as list queries read it, without its items.
 *
 * @param id the task
 * @param programmeId its programme
 * @param pokjaId its pokja, or null
 * @param areaCode its area, or null
 * @param title its title
 * @param description its description, or null
 * @param picUserId its person in charge, or null
 * @param startDate its start, or null
 * @param dueDate its deadline, or null
 * @param status its status
 * @param priority its priority
 * @param expectedOutput its expected output, or null
 * @param progress its progress
 * @param completedAt when it was done, or null
 * @param version its version
 */
public record TaskRow(long id, long programmeId, Long pokjaId, String areaCode, String title, String description,
		Long picUserId, LocalDate startDate, LocalDate dueDate, TaskStatus status, TaskPriority priority,
		String expectedOutput, int progress, Instant completedAt, long version) {

	public static TaskRow of(Task task) {
		return new TaskRow(task.getId(), task.getProgrammeId(), task.getPokjaId(), task.getAreaCode(), task.getTitle(),
				task.getDescription(), task.getPicUserId(), task.getStartDate(), task.getDueDate(), task.getStatus(),
				task.getPriority(), task.getExpectedOutput(), task.getProgress(), task.getCompletedAt(),
				task.getVersion());
	}

}
