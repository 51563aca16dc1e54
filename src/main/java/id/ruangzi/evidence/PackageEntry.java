package id.ruangzi.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One evidence record in the package and its row of the index.
 *
 * @param evidenceId the record
 * @param path where its file goes in the ZIP, null for a link
 * @param itemCodes every item it supports (the file is stored once, in the first item's
 * folder)
 * @param title its title
 * @param kind its kind
 * @param documentDate its document date, or null
 * @param uploadedAt when its current revision was uploaded, null for a link
 * @param uploader who uploaded the current revision (or owns the link)
 * @param revision the current revision's number, 0 for a link
 * @param fileName the stored file name, null for a link
 * @param size the file's size in bytes, 0 for a link
 * @param sha256 the file's SHA-256, null for a link
 * @param url the link, null for a file
 */
public record PackageEntry(long evidenceId, String path, List<String> itemCodes, String title, EvidenceKind kind,
		LocalDate documentDate, OffsetDateTime uploadedAt, String uploader, int revision, String fileName, long size,
		String sha256, String url) {

	public PackageEntry {
		itemCodes = List.copyOf(itemCodes);
	}

	/** Whether the record is a link, listed in the index only. */
	public boolean link() {
		return this.path == null;
	}

}
