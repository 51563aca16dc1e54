package id.ruangzi.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Hostile uploads. Decisions: files are judged by content (Apache Tika) against an
 * allowlist; HTML, SVG, executables, empty and over-limit files are refused (covered by
 * {@code EvidenceUploadTests}:
 * {@code #anHtmlFileNamedLaporanPdfIsRefusedNamingTheFileAndType},
 * {@code #anSvgAndAZipAreRefused}, {@code #anExecutableIsRefusedEvenWithAPdfName},
 * {@code #anEmptyFileIsRefused},
 * {@code #aFiftyMegabytePdfIsStoredWithItsChecksumAndOneByteMoreIsRefused}, and over real
 * HTTP {@code EvidencePagesTests#aFileOverTheLimitIsRefusedClearlyOverRealHttp}). A PDF
 * with JavaScript or a launch action is <b>refused</b> (added by this suite: PDFs are
 * previewed inline and opened by desktop readers, so "attachment" would not help).
 * Everything stored is served with {@code X-Content-Type-Options: nosniff}, its detected
 * type and a cleaned file name; PDF and images inline under
 * {@code Content-Security-Policy: default-src 'none'} (no script can run even if a
 * polyglot were sniffed as HTML), all others as attachments. Files are stored by SHA-256,
 * never by the client's name, so {@code ../} cannot reach the disk.
 */
@IntegrationTest
@Transactional
class UploadAttackTests {

	static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	/**
	 * Protection: {@code PdfActions} in {@code ContentRules}. Plain, #-escaped and
	 * compressed (object stream) JavaScript, and a launch action, are each refused; a PDF
	 * with an ordinary compressed content stream passes.
	 */
	@Test
	void aPdfWithJavascriptOrALaunchActionIsRefusedHoweverItIsWritten() throws Exception {
		Map<String, String> before = DataFingerprint.of(this.jdbc);
		String[] attacks = { "1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj",
				"1 0 obj << /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >> endobj",
				"1 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj" };
		for (String attack : attacks) {
			refused("aksi.pdf",
					("%PDF-1.4\n" + attack + "\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1),
					"script");
		}
		refused("terkompres.pdf", withStream("<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>"), "script");
		assertThat(DataFingerprint.of(this.jdbc)).isEqualTo(before);

		long id = upload("biasa.pdf", withStream("BT /F1 12 Tf 72 712 Td (Laporan kegiatan) Tj ET"));
		assertThat(id).isPositive();
	}

	/**
	 * Protection: {@code FileNames.clean} on every stored name and the
	 * Content-Disposition builder (RFC 6266 encoding) on download: no path, no NUL, no
	 * right-to-left override, at most 200 characters with the extension kept.
	 */
	@Test
	void hostileFileNamesAreStoredAndServedCleaned() throws Exception {
		String[][] cases = { { "../../../etc/passwd.pdf", "passwd.pdf" }, { "..\\..\\windows\\boot.pdf", "boot.pdf" },
				{ "laporan.pdf\u0000.html.pdf", "laporan.pdf.html.pdf" }, { "sk\u202Efdp.exe.pdf", "skfdp.exe.pdf" },
				{ "a".repeat(296) + ".pdf", "a".repeat(196) + ".pdf" } };
		int n = 0;
		for (String[] names : cases) {
			byte[] bytes = (PDF + "% " + (n++) + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
			long id = upload(names[0], bytes);
			String stored = this.jdbc.sql("select file_name from evidence_revision where evidence_id = :id")
				.param("id", id)
				.query(String.class)
				.single();
			assertThat(stored).isEqualTo(names[1]);
			MockHttpServletResponse download = this.mvc
				.perform(get("/api/v1/evidence/" + id + "/content").with(httpBasic("kepala", "ruangzi-demo")))
				.andReturn()
				.getResponse();
			assertThat(download.getStatus()).isEqualTo(200);
			String disposition = download.getHeader("Content-Disposition");
			assertThat(disposition).doesNotContain("/", "\\", "\u0000", "\u202E", "%00", "%E2%80%AE", "..");
			assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	/**
	 * Protection: content detection plus the download headers. A JPEG that is also HTML
	 * is accepted as what its signature says (JPEG) and served as image/jpeg, nosniff,
	 * with a CSP that forbids script; named {@code .html} it is refused. A document type
	 * that is not previewed goes out as an attachment.
	 */
	@Test
	void aJpegHtmlPolyglotIsOnlyEverServedAsAnImageThatCannotRunScript() throws Exception {
		byte[] polyglot = polyglot();
		refused("foto.html", polyglot, "text/html");
		long id = upload("foto.jpg", polyglot);
		MockHttpServletResponse download = this.mvc
			.perform(get("/api/v1/evidence/" + id + "/content").with(httpBasic("kepala", "ruangzi-demo")))
			.andReturn()
			.getResponse();
		assertThat(download.getContentType()).isEqualTo("image/jpeg");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(download.getHeader("Content-Disposition")).startsWith("inline");
	}

	private long upload(String name, byte[] bytes) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request(name, bytes)).andReturn().getResponse();
		assertThat(response.getStatus()).as(name + ": " + response.getContentAsString()).isEqualTo(201);
		return this.json.readTree(response.getContentAsString()).path("evidence").path("id").asLong();
	}

	private void refused(String name, byte[] bytes, String reason) throws Exception {
		long before = this.jdbc.sql("select count(*) from evidence_revision").query(Long.class).single();
		MockHttpServletResponse response = this.mvc.perform(request(name, bytes)).andReturn().getResponse();
		assertThat(response.getStatus()).as(name).isEqualTo(400);
		assertThat(response.getContentAsString()).as(name).contains(reason);
		assertThat(this.jdbc.sql("select count(*) from evidence_revision").query(Long.class).single())
			.isEqualTo(before);
	}

	private MockMultipartHttpServletRequestBuilder request(String name, byte[] bytes) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/programmes/1/evidence");
		request.file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
		request.param("kind", "LAPORAN");
		request.with(httpBasic("kepala", "ruangzi-demo"));
		return request;
	}

	/** A PDF whose only object's content is Flate-compressed, as in an object stream. */
	static byte[] withStream(String content) throws Exception {
		Deflater deflater = new Deflater();
		deflater.setInput(content.getBytes(StandardCharsets.ISO_8859_1));
		deflater.finish();
		byte[] buffer = new byte[4096];
		int length = deflater.deflate(buffer);
		deflater.end();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("%PDF-1.5\n1 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + length
				+ " >>\nstream\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		out.write(buffer, 0, length);
		out.write("\nendstream\nendobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** JPEG signature and JFIF header, then HTML with script in a comment segment. */
	static byte[] polyglot() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
				1, 0, 0, 1, 0, 1, 0, 0 });
		byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) (html.length + 2) });
		out.writeBytes(html);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return out.toByteArray();
	}

}
