package id.ruangzi.evidence.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe names inside the evidence package. Stored names and titles are never used as
 * paths: every segment is reduced to ASCII letters, digits, '.', '_' and '-' (accents
 * dropped, anything else a '-'), so no segment can be empty, "..", absolute or hold a
 * separator: the package is zip-slip safe. File names keep a short extension and are made
 * unique within their folder (case-insensitively, for Windows and macOS).
 */
public final class ZipPaths {

	static final int MAX_SEGMENT = 60;

	static final int MAX_BASE = 80;

	private final java.util.Map<String, Set<String>> taken = new java.util.HashMap<>();

	/**
	 * @param raw any text
	 * @param fallback used when nothing safe is left
	 * @return a safe path segment of at most {@value #MAX_SEGMENT} characters
	 */
	public static String segment(String raw, String fallback) {
		return safe(raw, MAX_SEGMENT, fallback);
	}

	/**
	 * A unique, safe file name in a folder.
	 * @param folder the folder, already safe
	 * @param storedName the name the file was uploaded with
	 * @return the name to use in that folder
	 */
	public String fileIn(String folder, String storedName) {
		String name = FileNames.clean(storedName);
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "") : "";
		if (extension.length() > 10) {
			extension = "";
		}
		String safeBase = safe(base, MAX_BASE, "berkas");
		String suffix = extension.isEmpty() ? "" : "." + extension.toLowerCase(Locale.ROOT);
		Set<String> names = this.taken.computeIfAbsent(folder, (k) -> new HashSet<>());
		String candidate = safeBase + suffix;
		for (int n = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = safeBase + "-" + n + suffix;
		}
		return candidate;
	}

	private static String safe(String raw, int max, String fallback) {
		if (raw == null) {
			return fallback;
		}
		String ascii = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String clean = ascii.replaceAll("[^A-Za-z0-9._-]+", "-")
			.replaceAll("-{2,}", "-")
			.replaceAll("\\.{2,}", ".")
			.replaceAll("^[-.]+|[-.]+$", "");
		if (clean.length() > max) {
			clean = clean.substring(0, max).replaceAll("[-.]+$", "");
		}
		return clean.isEmpty() ? fallback : clean;
	}

}
