package id.ruangzi.evidence.web;

import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.evidence.UploadResult;

/**
 * The result of one file (or link) of an upload, as a message key with arguments, so the
 * page and evidence-upload.js show the same translated text.
 *
 * @param ok whether it was stored
 * @param evidenceId the record, when stored
 * @param messageKey what happened
 * @param arguments the message's arguments
 * @param duplicateKey a warning that the unit already holds this content, or null
 * @param duplicateOf titles of the records holding it
 */
record Outcome(boolean ok, Long evidenceId, String messageKey, Object[] arguments, String duplicateKey,
		String duplicateOf) {

	static Outcome of(UploadResult result) {
		return new Outcome(true, result.evidence().id(), "evidence.uploaded",
				new Object[] { result.evidence().title() }, result.duplicate() ? "evidence.duplicate" : null,
				String.join(", ", result.sameContent()));
	}

	static Outcome refused(EvidenceRefusedException ex) {
		return new Outcome(false, null, ex.messageKey(), ex.arguments(), null, null);
	}

	Object[] duplicateArguments() {
		return new Object[] { this.duplicateOf };
	}

}
