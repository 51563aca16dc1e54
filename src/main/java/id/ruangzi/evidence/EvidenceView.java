package id.ruangzi.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * An evidence record with its current revision.
 *
 * @param id the record's id
 * @param programmeId the programme
 * @param title the title
 * @param kind what it is
 * @param url the link, for link evidence (then current is null)
 * @param documentDate the document's own date, or null
 * @param owner who owns it (full name)
 * @param itemCodes the LKE items it supports
 * @param taskIds the tasks it comes from
 * @param current the newest revision, null for a link
 * @param version for optimistic locking
 */
public record EvidenceView(long id, long programmeId, String title, EvidenceKind kind, String url,
		LocalDate documentDate, String owner, List<String> itemCodes, List<Long> taskIds, RevisionView current,
		long version) {

	/** Whether the record is a link rather than a file. */
	public boolean link() {
		return this.url != null;
	}

}
