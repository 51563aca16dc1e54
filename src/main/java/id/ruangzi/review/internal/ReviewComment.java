package id.ruangzi.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.review.CommentView;
import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "review_comment")
public class ReviewComment extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	@Column(name = "item_code")
	private String itemCode;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "author_name")
	private String authorName;

	private boolean reviewer;

	private String body;

	protected ReviewComment() {
	}

	public ReviewComment(long programmeId, String itemCode, long authorId, String authorName, boolean reviewer,
			String body) {
		this.programmeId = programmeId;
		this.itemCode = itemCode;
		this.authorId = authorId;
		this.authorName = authorName;
		this.reviewer = reviewer;
		this.body = body;
	}

	public CommentView view() {
		return new CommentView(getId(), this.itemCode, this.authorName, this.reviewer, this.body, getCreatedAt());
	}

}
