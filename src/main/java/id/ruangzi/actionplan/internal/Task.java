package id.ruangzi.actionplan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.ruangzi.actionplan.TaskPriority;
import id.ruangzi.actionplan.TaskStatus;
import id.ruangzi.shared.jpa.BaseEntity;

/**
 * A task of a programme's action plan. Its linked items are a collection of the task, so
 * changing them bumps the task's version like any other field.
 */
@Entity
@Table(name = "task")
public class Task extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "pokja_id")
	private Long pokjaId;

	@Column(name = "area_code")
	private String areaCode;

	private String title;

	private String description;

	@Column(name = "pic_user_id")
	private Long picUserId;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.BELUM;

	@Enumerated(EnumType.STRING)
	private TaskPriority priority = TaskPriority.SEDANG;

	@Column(name = "expected_output")
	private String expectedOutput;

	private int progress;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@ElementCollection
	@CollectionTable(name = "task_item", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "item_code")
	private Set<String> itemCodes = new TreeSet<>();

	protected Task() {
	}

	public Task(long programmeId, Long createdBy) {
		this.programmeId = programmeId;
		this.createdBy = createdBy;
	}

	public void plan(String title, String description, String areaCode, Long pokjaId, Collection<String> itemCodes,
			String expectedOutput, TaskPriority priority) {
		this.title = title;
		this.description = description;
		this.areaCode = areaCode;
		this.pokjaId = pokjaId;
		if (!new TreeSet<>(itemCodes).equals(new TreeSet<>(this.itemCodes))) {
			this.itemCodes.clear();
			this.itemCodes.addAll(itemCodes);
		}
		this.expectedOutput = expectedOutput;
		this.priority = priority;
	}

	public void schedule(Long picUserId, LocalDate startDate, LocalDate dueDate) {
		this.picUserId = picUserId;
		this.startDate = startDate;
		this.dueDate = dueDate;
	}

	/**
	 * Moves the task on; SELESAI means done, so progress becomes 100 and the completion
	 * time is recorded, and leaving SELESAI clears it.
	 * @param status the new status
	 * @param progress the new progress
	 * @param now the time
	 */
	public void progress(TaskStatus status, int progress, Instant now) {
		if (status == TaskStatus.SELESAI) {
			this.progress = 100;
			if (this.status != TaskStatus.SELESAI || this.completedAt == null) {
				this.completedAt = now;
			}
		}
		else {
			this.progress = progress;
			this.completedAt = null;
		}
		this.status = status;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public Long getPokjaId() {
		return this.pokjaId;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getPicUserId() {
		return this.picUserId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public TaskPriority getPriority() {
		return this.priority;
	}

	public String getExpectedOutput() {
		return this.expectedOutput;
	}

	public int getProgress() {
		return this.progress;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Set<String> getItemCodes() {
		return Set.copyOf(this.itemCodes);
	}

}
