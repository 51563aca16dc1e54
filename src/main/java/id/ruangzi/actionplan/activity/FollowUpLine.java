package id.ruangzi.actionplan.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

/** A follow-up agreed in an activity, and the task it became once someone made it one. */
@Entity
@Table(name = "activity_follow_up")
public class FollowUpLine extends BaseEntity {

	@Column(name = "activity_id")
	private long activityId;

	private int position;

	private String text;

	@Column(name = "task_id")
	private Long taskId;

	protected FollowUpLine() {
	}

	public FollowUpLine(long activityId, int position, String text) {
		this.activityId = activityId;
		this.position = position;
		this.text = text;
	}

	public long getActivityId() {
		return this.activityId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getText() {
		return this.text;
	}

	public Long getTaskId() {
		return this.taskId;
	}

	public void moveTo(int position) {
		this.position = position;
	}

	public void becameTask(long taskId) {
		this.taskId = taskId;
	}

}
