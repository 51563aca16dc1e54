package id.ruangzi.evidence;

import java.time.Instant;

/**
 * One uploaded version of an evidence file.
 *
 * @param id the revision's id
 * @param evidenceId the evidence record
 * @param number 1 for the first upload, then 2, 3...
 * @param fileName the sanitised name, for display and downloads
 * @param contentType the type detected from the content
 * @param size the length in bytes
 * @param sha256 the checksum
 * @param uploadedBy who uploaded it (full name)
 * @param uploadedAt when
 */
public record RevisionView(long id, long evidenceId, int number, String fileName, String contentType, long size,
		String sha256, String uploadedBy, Instant uploadedAt) {

	/** Whether a browser may show it inline (PDF and images). */
	public boolean previewable() {
		return this.contentType.equals("application/pdf") || image();
	}

	/** Whether it is an image, previewed with an img element. */
	public boolean image() {
		return this.contentType.startsWith("image/");
	}

}
