package id.ruangzi.evidence.web;

import java.time.LocalDate;
import java.util.List;

import id.ruangzi.evidence.EvidenceDraft;
import id.ruangzi.evidence.EvidenceKind;

import org.springframework.format.annotation.DateTimeFormat;

/** What the upload form and the API send besides the files. */
record EvidenceForm(String title, EvidenceKind kind,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate, String url, List<String> itemCodes,
		List<Long> taskIds) {

	EvidenceDraft toDraft() {
		return new EvidenceDraft(this.title, this.kind, this.documentDate, this.url, this.itemCodes, this.taskIds);
	}

}
