package id.ruangzi.assessment;

import id.ruangzi.assessment.scoring.AnswerError;
import id.ruangzi.shared.web.InvalidInputException;

/**
 * An answer the item does not accept; carries the engine's reason so that pages can say
 * it in the user's language, while the API shows the English sentence.
 */
public class InvalidAnswerException extends InvalidInputException {

	private final transient AnswerError error;

	public InvalidAnswerException(AnswerError error) {
		super(error.toString());
		this.error = error;
	}

	public AnswerError error() {
		return this.error;
	}

}
