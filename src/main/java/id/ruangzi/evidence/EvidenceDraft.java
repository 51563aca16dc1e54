package id.ruangzi.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a user says about new evidence.
 *
 * @param title the title, or blank to take the file's name
 * @param kind what it is
 * @param documentDate the date of the document itself (not of the upload), or null
 * @param url a link (http or https) instead of a file, or null
 * @param itemCodes the LKE items it supports, may be empty
 * @param taskIds the tasks of the programme it comes from, may be empty
 */
public record EvidenceDraft(String title, EvidenceKind kind, LocalDate documentDate, String url, List<String> itemCodes,
		List<Long> taskIds) {

	public EvidenceDraft {
		itemCodes = (itemCodes == null) ? List.of()
				: itemCodes.stream().filter((c) -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
		taskIds = (taskIds == null) ? List.of() : taskIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * Evidence linked to items only.
	 * @param title the title, or blank to take the file's name
	 * @param kind what it is
	 * @param documentDate the document's own date, or null
	 * @param url a link instead of a file, or null
	 * @param itemCodes the LKE items it supports
	 */
	public EvidenceDraft(String title, EvidenceKind kind, LocalDate documentDate, String url, List<String> itemCodes) {
		this(title, kind, documentDate, url, itemCodes, List.of());
	}

}
