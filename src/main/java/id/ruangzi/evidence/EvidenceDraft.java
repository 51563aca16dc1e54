package id.ruangzi.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user says about new evidence.
 *
 * @param title the title, or blank to take the file's name
 * @param kind what it is
 * @param documentDate the date of the document itself (not of the upload), or null
 * @param url a link (http or https) instead of a file, or null
 * @param itemCodes the LKE items it supports, may be empty
 */
public record EvidenceDraft(String title, EvidenceKind kind, LocalDate documentDate, String url,
		List<String> itemCodes) {

	public EvidenceDraft {
		itemCodes = (itemCodes == null) ? List.of()
				: itemCodes.stream().filter((c) -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
	}

}
