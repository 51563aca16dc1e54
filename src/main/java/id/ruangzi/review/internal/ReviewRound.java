package id.ruangzi.review.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.review.RoundView;
import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "review_round")
public class ReviewRound extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	private int number;

	@Column(name = "submitted_by")
	private String submittedBy;

	private String outcome;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected ReviewRound() {
	}

	public ReviewRound(long programmeId, int number, String submittedBy) {
		this.programmeId = programmeId;
		this.number = number;
		this.submittedBy = submittedBy;
	}

	public void close(String outcome, Instant at) {
		this.outcome = outcome;
		this.closedAt = at;
	}

	public int getNumber() {
		return this.number;
	}

	public boolean isOpen() {
		return this.outcome == null;
	}

	public RoundView view() {
		return new RoundView(getId(), this.programmeId, this.number, this.submittedBy, getCreatedAt(), this.outcome,
				this.closedAt);
	}

}
