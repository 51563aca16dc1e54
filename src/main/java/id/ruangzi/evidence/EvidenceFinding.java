package id.ruangzi.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing an evidence check found.
 *
 * @param check the check
 * @param sections the areas ("A".."F", or "HASIL") it concerns; empty for evidence linked
 * to no item
 * @param itemCodes the items concerned
 * @param evidence the records concerned, empty for an unsupported answer
 * @param documentDate the document date, for {@link EvidenceCheck#OUTSIDE_YEAR}
 * @param expected the kinds the typical evidence names, for
 * {@link EvidenceCheck#KIND_MISMATCH}
 * @param sha256 the shared content, for {@link EvidenceCheck#SHARED_FILE}
 */
public record EvidenceFinding(EvidenceCheck check, List<String> sections, List<String> itemCodes,
		List<EvidenceRef> evidence, LocalDate documentDate, List<EvidenceKind> expected, String sha256) {

	public EvidenceFinding {
		sections = List.copyOf(sections);
		itemCodes = List.copyOf(itemCodes);
		evidence = List.copyOf(evidence);
		expected = List.copyOf(expected);
	}

}
