package id.ruangzi.evidence.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/**
 * The evidence API over real HTTP (basic authentication, as API clients use it), with
 * multipart bodies streamed from disk so that neither side needs the file in memory.
 */
final class EvidenceClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String authorization;

	EvidenceClient(int port, String username) {
		this.base = "http://localhost:" + port;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":ruangzi-demo").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * POST /api/v1/programmes/{programme}/evidence with the file as part {@code file}.
	 */
	HttpResponse<String> upload(long programme, Path file, String name, String title)
			throws IOException, InterruptedException {
		String boundary = "----durability" + UUID.randomUUID();
		String head = field(boundary, "kind", "LAPORAN") + field(boundary, "title", title) + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.base + "/api/v1/programmes/" + programme + "/evidence"))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(3))
			.POST(BodyPublishers.concat(BodyPublishers.ofString(head, StandardCharsets.UTF_8),
					BodyPublishers.ofFile(file), BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	/** The SHA-256 of what GET /api/v1/evidence/{id}/content serves, read as a stream. */
	Download download(long evidence) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.base + "/api/v1/evidence/" + evidence + "/content"))
			.header("Authorization", this.authorization)
			.timeout(Duration.ofMinutes(3))
			.GET()
			.build();
		HttpResponse<InputStream> response = this.http.send(request, BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			return new Download(response.statusCode(), sha256(body));
		}
	}

	/**
	 * Saves what GET /api/v1/programmes/{id}/evidence/package serves to a file.
	 * @return the status
	 */
	int downloadPackage(long programme, Path target) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.base + "/api/v1/programmes/" + programme + "/evidence/package"))
			.header("Authorization", this.authorization)
			.timeout(Duration.ofMinutes(5))
			.GET()
			.build();
		return this.http.send(request, BodyHandlers.ofFile(target)).statusCode();
	}

	record Download(int status, String sha256) {

	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	/**
	 * Writes a PDF-looking file of exactly {@code size} bytes in 64 KB steps: the
	 * {@code %PDF-1.7} header, one stream object of seeded random bytes (where a real PDF
	 * keeps its binary content, so the upload's script check skips it), a trailer and
	 * {@code %%EOF}.
	 * @return its SHA-256
	 */
	static String writePdf(Path file, long size, long seed) throws IOException {
		byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] trailer = "\nendstream\nendobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		long filler = size;
		while (true) {
			long fits = size - header.length - trailer.length - streamStart(filler).length;
			if (fits == filler) {
				break;
			}
			filler = fits;
		}
		MessageDigest digest = newDigest();
		Random random = new Random(seed);
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			out.write(header);
			out.write(streamStart(filler));
			long left = filler;
			while (left > 0) {
				random.nextBytes(buffer);
				int n = (int) Math.min(buffer.length, left);
				out.write(buffer, 0, n);
				left -= n;
			}
			out.write(trailer);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] streamStart(long length) {
		return ("1 0 obj\n<< /Length " + length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII);
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return sha256(in);
		}
	}

	static String sha256(InputStream content) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = new DigestInputStream(content, digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
