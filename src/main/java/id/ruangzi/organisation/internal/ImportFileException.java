package id.ruangzi.organisation.internal;

/**
 * An import file that cannot be read as a whole: empty, not text, not CSV, wrong header.
 */
class ImportFileException extends Exception {

	private final String messageKey;

	private final transient Object[] args;

	ImportFileException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] args() {
		return this.args.clone();
	}

}
