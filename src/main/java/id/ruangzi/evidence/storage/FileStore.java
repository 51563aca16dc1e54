package id.ruangzi.evidence.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence bytes live, addressed by their SHA-256 so that the same content is
 * stored once. Writing is two-step: {@link #receive} streams the upload into a temporary
 * file (computing its checksum and enforcing the size limit) so it can be inspected;
 * {@link StagedFile#commit()} moves it into place atomically. The database row is written
 * only after the commit, so a failure leaves no row without a file.
 */
public interface FileStore {

	/**
	 * Streams an upload into a temporary file of the store, never holding it in memory.
	 * @param content the bytes
	 * @param maxBytes the most bytes accepted
	 * @return the staged file; close it to discard it if it is not committed
	 * @throws FileTooLargeException when the content is longer than maxBytes
	 * @throws IOException when the store cannot be written
	 */
	StagedFile receive(InputStream content, long maxBytes) throws IOException;

	/**
	 * Opens stored content after verifying its checksum.
	 * @param sha256 the content's SHA-256, hex
	 * @return the bytes
	 * @throws DamagedFileException when the file is missing or its checksum differs
	 * @throws IOException when the store cannot be read
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * @param sha256 the content's SHA-256, hex
	 * @return whether the store holds it
	 */
	boolean contains(String sha256);

}
