package id.ruangzi.review.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.ruangzi.review.ItemValue;
import id.ruangzi.review.Verdict;
import id.ruangzi.review.VerdictView;
import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "review_verdict")
public class ItemVerdict extends BaseEntity {

	@Column(name = "round_id")
	private long roundId;

	@Column(name = "item_code")
	private String itemCode;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	@Column(name = "option_letter")
	private String optionLetter;

	private String inputs;

	@Column(name = "survey_index")
	private BigDecimal surveyIndex;

	private String note;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	protected ItemVerdict() {
	}

	public ItemVerdict(long roundId, String itemCode) {
		this.roundId = roundId;
		this.itemCode = itemCode;
	}

	public void set(Verdict verdict, ItemValue answer, String note, String by) {
		this.verdict = verdict;
		this.optionLetter = (answer != null) ? answer.letter() : null;
		this.inputs = (answer != null) ? Values.encode(answer.inputs()) : null;
		this.surveyIndex = (answer != null) ? answer.index() : null;
		this.note = note;
		this.reviewedBy = by;
	}

	public long getRoundId() {
		return this.roundId;
	}

	public VerdictView view(int roundNumber) {
		return new VerdictView(roundNumber, this.itemCode, this.verdict,
				Values.value(this.optionLetter, this.inputs, this.surveyIndex), this.note, this.reviewedBy,
				getUpdatedAt(), getVersion());
	}

}
