package id.ruangzi.evidence.storage;

/** Stored content that is missing or no longer matches its checksum: never served. */
public class DamagedFileException extends RuntimeException {

	public DamagedFileException(String message) {
		super(message);
	}

}
