package id.ruangzi.assessment.scoring;

import java.util.List;

/**
 * How an LKE item is answered. The value of each option comes from the template data, so
 * only the shape of the answer is fixed here.
 */
public enum AnswerType {

	/** Ya (1) or Tidak (0), answered with the letters {@code YA} or {@code TIDAK}. */
	YA_TIDAK,

	/** Options A, B, C. */
	ABC,

	/** Options A, B, C, D. */
	ABCD,

	/** Options A, B, C, D, E. */
	ABCDE,

	/** Named non-negative inputs turned into a value by one of the eight formulas. */
	NUMERIC,

	/** A survey index in [1.00, 4.00]; the value is index / 4. */
	SURVEY_INDEX;

	/**
	 * Whether the item is answered by choosing an option (and so can be improved by one).
	 */
	public boolean isLettered() {
		return this != NUMERIC && this != SURVEY_INDEX;
	}

	/** The option letters of a lettered type, best first; empty for the others. */
	public List<String> letters() {
		return switch (this) {
			case YA_TIDAK -> List.of("YA", "TIDAK");
			case ABC -> List.of("A", "B", "C");
			case ABCD -> List.of("A", "B", "C", "D");
			case ABCDE -> List.of("A", "B", "C", "D", "E");
			default -> List.of();
		};
	}

}
