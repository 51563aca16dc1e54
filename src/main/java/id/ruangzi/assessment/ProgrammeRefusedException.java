package id.ruangzi.assessment;

import id.ruangzi.shared.web.ConflictException;

/**
 * A programme cannot be opened as asked (WBBM without a held WBK, a second programme for
 * the same year). A conflict for the API; the pages show the message key on the field.
 */
public class ProgrammeRefusedException extends ConflictException {

	private final String field;

	private final String messageKey;

	ProgrammeRefusedException(String message, String field, String messageKey) {
		super(message);
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
