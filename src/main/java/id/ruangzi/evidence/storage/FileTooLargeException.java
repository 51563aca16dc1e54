package id.ruangzi.evidence.storage;

/** An upload longer than the store accepts; what was received is already deleted. */
public class FileTooLargeException extends RuntimeException {

	private final long maxBytes;

	public FileTooLargeException(long maxBytes) {
		super("file is larger than " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

}
