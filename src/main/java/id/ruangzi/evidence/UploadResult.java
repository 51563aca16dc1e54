package id.ruangzi.evidence;

import java.util.List;

/**
 * What an upload made.
 *
 * @param evidence the record (new, or with its new revision)
 * @param sameContent titles of other evidence of the same unit with exactly this content
 */
public record UploadResult(EvidenceView evidence, List<String> sameContent) {

	public boolean duplicate() {
		return !this.sameContent.isEmpty();
	}

}
