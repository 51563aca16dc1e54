package id.ruangzi.evidence.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload received into a temporary file but not yet part of the store. Closing it
 * without {@link #commit()} deletes the temporary file.
 */
public interface StagedFile extends AutoCloseable {

	/** The SHA-256 of the content, lower-case hex. */
	String sha256();

	/** The length in bytes. */
	long size();

	/**
	 * @return the staged bytes, for inspection (type detection)
	 * @throws IOException when the temporary file cannot be read
	 */
	InputStream open() throws IOException;

	/**
	 * Moves the content into place (atomically, synced to disk); if the store already
	 * holds the same content, the temporary file is dropped instead.
	 * @throws IOException when the move fails; nothing visible is left behind
	 */
	void commit() throws IOException;

	@Override
	void close();

}
