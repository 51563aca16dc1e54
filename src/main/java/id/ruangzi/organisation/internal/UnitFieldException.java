package id.ruangzi.organisation.internal;

/**
 * A change the tree refuses, reported against one field of the form: an unknown parent, a
 * taken code, a move under the unit's own subtree.
 */
public class UnitFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	UnitFieldException(String field, String messageKey, Object... args) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
