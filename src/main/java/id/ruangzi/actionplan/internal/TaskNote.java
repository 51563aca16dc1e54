package id.ruangzi.actionplan.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment on a task. Comments are only ever added, so they carry no version.
 */
@Entity
@Table(name = "task_comment")
public class TaskNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_id")
	private long taskId;

	@Column(name = "author_user_id")
	private long authorUserId;

	private String body;

	@Column(name = "created_at")
	private Instant createdAt;

	protected TaskNote() {
	}

	public TaskNote(long taskId, long authorUserId, String body, Instant createdAt) {
		this.taskId = taskId;
		this.authorUserId = authorUserId;
		this.body = body;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getTaskId() {
		return this.taskId;
	}

	public long getAuthorUserId() {
		return this.authorUserId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
