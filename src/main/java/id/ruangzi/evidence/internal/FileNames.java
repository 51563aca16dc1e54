package id.ruangzi.evidence.internal;

/**
 * Client file names are kept for display only, never used as paths: this keeps the last
 * path segment, drops control and bidirectional formatting characters (a right-to-left
 * override can disguise {@code gpj.exe} as {@code exe.jpg}) and caps the length.
 */
public final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	public static String clean(String raw) {
		if (raw == null) {
			return "berkas";
		}
		String name = raw;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		if (slash >= 0) {
			name = name.substring(slash + 1);
		}
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
					&& type != Character.PRIVATE_USE && type != Character.SURROGATE) {
				clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
			}
		});
		name = clean.toString().replaceAll(" {2,}", " ").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length())) + extension;
		}
		return name.isBlank() ? "berkas" : name;
	}

	/** The name without its extension, as a default title. */
	public static String title(String cleanName) {
		int dot = cleanName.lastIndexOf('.');
		return (dot > 0) ? cleanName.substring(0, dot) : cleanName;
	}

}
