package id.ruangzi.assessment.scoring;

import java.util.List;

/**
 * Why one answer cannot be scored: a plain English sentence for the API and logs, and a
 * kind with its arguments so that pages can say it in the user's language.
 *
 * @param itemCode the item, such as {@code PRA1A}
 * @param reason a plain sentence, such as "input agen is negative (-1)"
 * @param kind what is wrong
 * @param args the values the sentence names, such as the input key and its value
 */
public record AnswerError(String itemCode, String reason, Kind kind, List<String> args) {

	public AnswerError {
		args = List.copyOf(args);
	}

	AnswerError(String itemCode, String reason, Kind kind, String... args) {
		this(itemCode, reason, kind, List.of(args));
	}

	@Override
	public String toString() {
		return this.itemCode + ": " + this.reason;
	}

	/** What can be wrong with an answer. */
	public enum Kind {

		NOT_AN_ITEM, OPTION_EXPECTED, NO_SUCH_OPTION, INDEX_EXPECTED, INDEX_OUT_OF_RANGE, INPUTS_EXPECTED,
		UNKNOWN_INPUT, INPUT_WITHOUT_VALUE, NEGATIVE_INPUT, MISSING_INPUT

	}

}
