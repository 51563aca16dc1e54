package id.ruangzi.identity.internal;

/**
 * A value the user typed breaks a rule only the service can check (a taken username, a
 * wrong current password); the controller shows it as an error on the field.
 */
public class FieldRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRejected(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
