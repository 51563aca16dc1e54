package id.ruangzi.bench.national;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The pool of real small files the million evidence records share by content: one-page
 * PDFs written where the app's {@code LocalFileStore} looks for them,
 * {@code <storage dir>/evidence/ab/cd/<sha256>}, so downloads and checksum checks work.
 */
final class EvidenceFiles {

	private EvidenceFiles() {
	}

	static List<StoredFile> write(Path storageDir, int count) throws IOException {
		Path root = storageDir.toAbsolutePath().normalize().resolve("evidence");
		Files.createDirectories(root.resolve("tmp"));
		List<StoredFile> files = new ArrayList<>(count);
		for (int n = 1; n <= count; n++) {
			byte[] content = pdf("Dokumen bukti Zona Integritas nomor " + n);
			String sha = HexFormat.of().formatHex(sha256(content));
			Path file = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			files.add(new StoredFile(sha, content.length, "application/pdf",
					String.format(Locale.ROOT, "bukti-%03d.pdf", n)));
		}
		return files;
	}

	/** A minimal, valid one-page PDF showing one line of text. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record StoredFile(String sha256, long size, String contentType, String fileName) {
	}

}
