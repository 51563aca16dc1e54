package id.ruangzi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.evidence.storage.StagedFile;
import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Which files are accepted, decided from the content (Apache Tika) and not only the name.
 * Types with a reliable signature (PDF, images, MP4) must show it; office documents are
 * ZIP containers, so their bytes must be a ZIP and what is inside must say the same
 * document type as the name: {@code [Content_Types].xml} for DOCX/XLSX/PPTX, the
 * {@code mimetype} entry for ODT/ODS (a plain ZIP or an XLSX renamed {@code .docx} is
 * refused). Everything else (HTML, SVG, scripts, executables, archives) is refused, and
 * so is a PDF with JavaScript or a launch action: PDFs are previewed in the page and
 * opened by desktop readers, where such content would run.
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

	private static final Set<String> OFFICE = Set.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

	/** OOXML main document parts, e.g. {@code ...wordprocessingml.document.main+xml}. */
	private static final Pattern MAIN_PART = Pattern.compile("ContentType=\"([^\"]+)\\.main\\+xml\"");

	/**
	 * How many bytes a ZIP may inflate to while its entries are searched: generous for
	 * real documents up to the upload limit, and a bound on the work a ZIP bomb can
	 * cause.
	 */
	private static final long MAX_INFLATED = 256L * 1024 * 1024;

	private static final int MAX_DESCRIPTOR = 1024 * 1024;

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
		if (signed && OFFICE.contains(byName)) {
			byContent = insideOf(file);
			signed = byName.equals(byContent);
		}
		if (!ALLOWED.containsKey(byName) || !signed) {
			String shown = ALLOWED.containsKey(byName) ? byContent : byName;
			throw new EvidenceRefusedException(name + ": files of type " + shown + " are not accepted",
					"evidence.refused.type", name, shown);
		}
		// A polyglot (a JPEG that is also HTML, say) passes on its signature; its name
		// must
		// then not claim another type, or a saved copy would open as that type.
		String nameOnly = this.tika.detect(name);
		if (!nameOnly.equals("application/octet-stream") && !nameOnly.equals(byName)) {
			throw new EvidenceRefusedException(name + ": files of type " + nameOnly + " are not accepted",
					"evidence.refused.type", name, nameOnly);
		}
		if (byName.equals("application/pdf")) {
			try (InputStream in = file.open()) {
				if (PdfActions.active(in)) {
					throw new EvidenceRefusedException(name + ": the PDF contains script or a launch action",
							"evidence.refused.script", name);
				}
			}
		}
		return byName;
	}

	/**
	 * The document type a ZIP container declares inside: the OOXML main part's type in
	 * {@code [Content_Types].xml} (the one matching an allowed type, if several), or the
	 * ODF {@code mimetype} entry; {@code application/zip} when it declares none.
	 */
	private static String insideOf(StagedFile file) throws IOException {
		long inflated = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(file.open())) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (name.equals("mimetype") || name.equals("[Content_Types].xml")) {
					byte[] content = zip.readNBytes(MAX_DESCRIPTOR);
					String text = new String(content, StandardCharsets.UTF_8);
					if (name.equals("mimetype")) {
						return text.trim();
					}
					Matcher main = MAIN_PART.matcher(text);
					String declared = null;
					while (main.find()) {
						declared = (declared == null || !OFFICE.contains(declared)) ? main.group(1) : declared;
					}
					return (declared != null) ? declared : "application/zip";
				}
				int read;
				while ((read = zip.read(buffer)) != -1) {
					inflated += read;
					if (inflated > MAX_INFLATED) {
						return "application/zip";
					}
				}
			}
		}
		catch (ZipException ex) {
			// Damaged or not really a ZIP: it declares nothing.
		}
		return "application/zip";
	}

}
