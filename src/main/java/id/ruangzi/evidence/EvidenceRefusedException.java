package id.ruangzi.evidence;

import id.ruangzi.shared.web.InvalidInputException;

/**
 * An upload or link refused for a reason the user can fix; carries a message key of the
 * evidence bundle and its arguments (the file name first) for the page, and an English
 * message for the API.
 */
public class EvidenceRefusedException extends InvalidInputException {

	private final String messageKey;

	private final Object[] arguments;

	public EvidenceRefusedException(String message, String messageKey, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
