package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One item's stored answer and note as the self-assessment pages show them.
 *
 * @param itemCode the LKE item
 * @param letter the chosen option, or null
 * @param inputs the numeric inputs by key, empty unless a NUMERIC item is answered
 * @param index the survey index, or null
 * @param note the unit's note (catatan), or null
 * @param updatedBy who changed the answer or the note last
 * @param updatedAt when
 */
public record ItemAnswerView(String itemCode, String letter, Map<String, BigDecimal> inputs, BigDecimal index,
		String note, String updatedBy, Instant updatedAt) {

	public ItemAnswerView {
		inputs = Map.copyOf(inputs);
	}

	/** Whether the item has a value (a row may hold only a note). */
	public boolean answered() {
		return this.letter != null || this.index != null || !this.inputs.isEmpty();
	}

}
