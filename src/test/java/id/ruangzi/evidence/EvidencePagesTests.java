package id.ruangzi.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class EvidencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	@Test
	void severalFilesOfOneFormAreJudgedEachOnTheirOwn() throws Exception {
		this.mvc
			.perform(multipart("/programmes/1/evidence")
				.file(new MockMultipartFile("files", "notulen.pdf", "application/pdf", EvidenceUploadTests.PDF))
				.file(new MockMultipartFile("files", "halaman.pdf", "application/pdf", "<html></html>".getBytes()))
				.param("kind", "NOTULEN")
				.param("itemCodes", "PPA1A")
				.with(as("koordinator"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/evidence?item=PPA1A"))
			.andExpect(flash().attribute("outcomes", hasSize(2)));
		this.mvc.perform(get("/programmes/1/evidence").param("item", "PPA1A").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("notulen")))
			.andExpect(content().string(containsString("/js/evidence-upload")));
	}

	@Test
	void theProgrammePageLinksToItsEvidence() throws Exception {
		this.mvc.perform(get("/programmes/1").with(as("kepala")))
			.andExpect(content().string(containsString("/programmes/1/evidence")));
	}

	@Test
	void aDocumentDownloadsAsAnAttachmentAndAPdfIsPreviewedInThePage() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(docx)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes());
		}
		this.mvc
			.perform(multipart("/programmes/1/evidence")
				.file(new MockMultipartFile("files", "SK Tim \u202Eexe.docx", "application/octet-stream",
						docx.toByteArray()))
				.file(new MockMultipartFile("files", "sop.pdf", "application/pdf", EvidenceUploadTests.PDF))
				.param("kind", "SK")
				.with(as("kepala"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String api = this.mvc.perform(get("/api/v1/programmes/1/evidence").with(as("kepala")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api);
		long docId = 0;
		long pdfId = 0;
		for (var node : list) {
			String type = node.path("current").path("contentType").asText();
			if (type.contains("wordprocessingml")) {
				docId = node.path("id").asLong();
			}
			if (type.equals("application/pdf") && node.path("title").asText().equals("sop")) {
				pdfId = node.path("id").asLong();
			}
		}
		assertThat(docId).isPositive();
		this.mvc.perform(get("/evidence/" + docId + "/content").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("SK Tim exe.docx")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/evidence/" + pdfId).with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<iframe")))
			.andExpect(content().string(containsString("/evidence/" + pdfId + "/content")));
		this.mvc.perform(get("/evidence/" + pdfId).with(as("kepala.man2"))).andExpect(status().isNotFound());
	}

	@Test
	void aFileOverTheLimitIsRefusedClearlyOverRealHttp() throws Exception {
		String boundary = "ruangzi-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nLAPORAN\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		long filler = 51L * 1024 * 1024;
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/programmes/1/evidence"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("kepala:ruangzi-demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(zerosBetween(head, filler, tail))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("50 MB");
	}

	@Test
	void aFileOverTheLimitFromThePlainFormReturnsToThePageWithAMessage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=kepala&password=ruangzi-demo&_csrf=" + token(login, "name=\"_csrf\" value=\"")))
			.build(), HttpResponse.BodyHandlers.discarding());
		String page = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/programmes/1/evidence")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String csrf = token(page, "name=\"_csrf\" content=\"");
		// As a browser sends the plain form: the fields, the file, then the hidden token
		// last.
		String boundary = "ruangzi-form";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nLAPORAN\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"besar.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		long filler = 51L * 1024 * 1024;
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/programmes/1/evidence"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(zerosBetween(head, filler, tail))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/programmes/1/evidence"));
		String after = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/programmes/1/evidence")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(after).contains("lebih besar dari 50 MB");
	}

	private static String token(String html, String before) {
		int start = html.indexOf(before);
		assertThat(start).as("a CSRF token in the page").isPositive();
		start += before.length();
		return html.substring(start, html.indexOf('"', start));
	}

	/** A body of head, that many zeros and tail, streamed, of known length. */
	private static HttpRequest.BodyPublisher zerosBetween(byte[] head, long zeros, byte[] tail) {
		return HttpRequest.BodyPublishers.fromPublisher(
				HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
						java.util.Collections.enumeration(List.of(new java.io.ByteArrayInputStream(head),
								new Zeros(zeros), new java.io.ByteArrayInputStream(tail))))),
				head.length + zeros + tail.length);
	}

	/** Zeros without an array of their size. */
	static final class Zeros extends InputStream {

		private long left;

		Zeros(long length) {
			this.left = length;
		}

		@Override
		public int read() {
			return (this.left-- > 0) ? 0 : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

}
