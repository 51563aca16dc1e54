package id.ruangzi.assessment.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answers of one unit's worksheet, by item code. An item without an answer scores 0.
 * Immutable: {@link #with} returns a changed copy, which the gap explainer uses to try
 * improvements.
 *
 * @param answers answers by item code
 */
public record Worksheet(Map<String, Answer> answers) {

	private static final Worksheet EMPTY = new Worksheet(Map.of());

	public Worksheet {
		answers.forEach((code, answer) -> Objects.requireNonNull(answer, () -> "answer to " + code));
		answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	/** A worksheet with no answers. */
	public static Worksheet empty() {
		return EMPTY;
	}

	/** A copy with this item's answer set (or replaced). */
	public Worksheet with(String itemCode, Answer answer) {
		Objects.requireNonNull(answer, "answer");
		Map<String, Answer> changed = new LinkedHashMap<>(this.answers);
		changed.put(itemCode, answer);
		return new Worksheet(changed);
	}

	/** A copy without this item's answer. */
	public Worksheet without(String itemCode) {
		Map<String, Answer> changed = new LinkedHashMap<>(this.answers);
		changed.remove(itemCode);
		return new Worksheet(changed);
	}

	/** The answer to an item, or null when unanswered. */
	public Answer answer(String itemCode) {
		return this.answers.get(itemCode);
	}

}
