package id.ruangzi.pokja;

import id.ruangzi.shared.web.InvalidInputException;

/**
 * Input the pokja module refuses, with the form field it belongs to and a message key, so
 * that pages show a field error in the user's language while the API shows the English
 * sentence.
 */
public class PokjaInputException extends InvalidInputException {

	private final String field;

	private final String messageKey;

	PokjaInputException(String field, String messageKey, String message) {
		super(field + ": " + message);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field the problem belongs to. */
	public String field() {
		return this.field;
	}

	/** The message key that explains it to the user. */
	public String messageKey() {
		return this.messageKey;
	}

}
