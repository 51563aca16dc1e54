package id.ruangzi.assessment.scoring;

/**
 * Why one answer cannot be scored.
 *
 * @param itemCode the item, such as {@code PRA1A}
 * @param reason a plain sentence, such as "input agen is negative (-1)"
 */
public record AnswerError(String itemCode, String reason) {

	@Override
	public String toString() {
		return this.itemCode + ": " + this.reason;
	}

}
