package id.ruangzi.actionplan;

/**
 * An activity or obstacle that cannot be saved as entered, tied to the form field at
 * fault and a message key, so the page shows the problem beside the field.
 */
public class ActivityRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ActivityRefusedException(String field, String messageKey) {
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
