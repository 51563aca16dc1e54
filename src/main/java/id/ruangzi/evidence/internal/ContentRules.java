package id.ruangzi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.evidence.storage.StagedFile;
import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Which files are accepted, decided from the content (Apache Tika) and not only the name.
 * Types with a reliable signature (PDF, images, MP4) must show it; office documents are
 * ZIP containers, so their bytes must be a ZIP and the name says which document it is.
 * Everything else (HTML, SVG, scripts, executables, archives) is refused.
 */
@Component
public class ContentRules {

	static final Map<String, String> ALLOWED = Map.ofEntries(Map.entry("application/pdf", "PDF"),
			Map.entry("image/jpeg", "JPEG"), Map.entry("image/png", "PNG"), Map.entry("image/webp", "WebP"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
			Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"), Map.entry("video/mp4", "MP4"));

	private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

	private final Tika tika = new Tika();

	/**
	 * @param file the staged upload
	 * @param name the sanitised client name
	 * @return the accepted content type
	 * @throws EvidenceRefusedException naming the file and the detected type
	 */
	public String check(StagedFile file, String name) throws IOException {
		if (file.size() == 0) {
			throw new EvidenceRefusedException(name + ": the file is empty", "evidence.refused.empty", name);
		}
		String byName;
		String byContent;
		try (InputStream in = file.open()) {
			byName = this.tika.detect(in, name);
		}
		try (InputStream in = file.open()) {
			byContent = this.tika.detect(in);
		}
		boolean signed = byName.equals(byContent)
				|| (byName.startsWith("application/vnd.") && CONTAINERS.contains(byContent))
				|| (byName.equals("video/mp4") && byContent.startsWith("video/"));
		if (!ALLOWED.containsKey(byName) || !signed) {
			String shown = ALLOWED.containsKey(byName) ? byContent : byName;
			throw new EvidenceRefusedException(name + ": files of type " + shown + " are not accepted",
					"evidence.refused.type", name, shown);
		}
		return byName;
	}

}
