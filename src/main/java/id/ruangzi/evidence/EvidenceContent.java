package id.ruangzi.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Verified stored bytes, ready to send.
 *
 * @param fileName the sanitised name
 * @param contentType the detected type
 * @param size the length in bytes
 * @param stream the bytes; the caller closes it
 */
public record EvidenceContent(String fileName, String contentType, long size,
		InputStream stream) implements AutoCloseable {

	/** PDF and images may be shown inline; everything else is an attachment. */
	public boolean inline() {
		return this.contentType.equals("application/pdf") || this.contentType.startsWith("image/");
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
	}

}
