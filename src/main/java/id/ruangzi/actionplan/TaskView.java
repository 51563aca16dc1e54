package id.ruangzi.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.identity.Person;

/**
 * A task as pages, exports and the API show it to one user, with what that user may do to
 * it.
 *
 * @param id the task
 * @param programmeId its programme
 * @param pokjaId its pokja, or null
 * @param areaCode its change area A-F, or null for the whole programme
 * @param title what to do
 * @param description details, or null
 * @param pic the person in charge, or null
 * @param startDate when work starts, or null
 * @param dueDate the deadline, or null
 * @param status where it stands
 * @param priority how urgent it is
 * @param expectedOutput what it produces ("SK Tim Kerja"), or null
 * @param progress percent done, 0 to 100
 * @param completedAt when it became SELESAI, or null
 * @param itemCodes the LKE items it works towards, in code order
 * @param version for stale-edit detection
 * @param today the day the view was made (Asia/Jakarta), for {@link #overdue()}
 * @param mayEdit whether the user may change every field and delete it
 * @param mayUpdate whether the user may change its status and progress (editors and the
 * person in charge)
 */
public record TaskView(long id, long programmeId, Long pokjaId, String areaCode, String title, String description,
		Person pic, LocalDate startDate, LocalDate dueDate, TaskStatus status, TaskPriority priority,
		String expectedOutput, int progress, Instant completedAt, List<String> itemCodes, long version, LocalDate today,
		boolean mayEdit, boolean mayUpdate) {

	public TaskView {
		itemCodes = List.copyOf(itemCodes);
	}

	/**
	 * The one definition of overdue; SQL filters use the same condition
	 * ({@code due_date < today and status not in ('SELESAI', 'BATAL')}).
	 * @param dueDate the deadline, or null
	 * @param status the status
	 * @param today today
	 * @return whether a task with this deadline and status is overdue today
	 */
	public static boolean isOverdue(LocalDate dueDate, TaskStatus status, LocalDate today) {
		return dueDate != null && dueDate.isBefore(today) && status.open();
	}

	/** Whether the task is past its due date and neither done nor cancelled. */
	public boolean overdue() {
		return isOverdue(this.dueDate, this.status, this.today);
	}

}
