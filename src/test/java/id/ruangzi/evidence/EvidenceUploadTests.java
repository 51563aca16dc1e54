package id.ruangzi.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class EvidenceUploadTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	final ObjectMapper json = new ObjectMapper();

	@Autowired
	EvidenceApi evidence;

	@Autowired
	UserDetailsService users;

	static RequestPostProcessor as(String username) {
		return httpBasic(username, "ruangzi-demo");
	}

	MockMultipartHttpServletRequestBuilder upload(long programme, String name, byte[] bytes, String... items) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/programmes/" + programme + "/evidence");
		request.file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
		request.param("kind", "LAPORAN");
		for (String item : items) {
			request.param("itemCodes", item);
		}
		return request;
	}

	long uploaded(String username, String name, byte[] bytes, String... items) throws Exception {
		String body = this.mvc.perform(upload(1, name, bytes, items).with(as(username)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).path("evidence").path("id").asLong();
	}

	@Test
	void aUnitHeadUploadsAPdfThatInScopeReadersDownloadAndOthersCannotFind() throws Exception {
		long id = uploaded("kepala", "laporan.pdf", PDF, "PPA1A");
		this.mvc.perform(get("/api/v1/evidence/" + id + "/content").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("inline")));
		this.mvc.perform(get("/api/v1/evidence/" + id + "/content").with(as("kepala.man2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/evidence/" + id + "/content").with(as("pembina.tdt")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programmes/1/evidence").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("laporan"));
		this.mvc.perform(get("/api/v1/programmes/2/evidence").with(as("pembina"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programmes/1/evidence").with(as("kepala.man2"))).andExpect(status().isNotFound());
	}

	@Test
	void anHtmlFileNamedLaporanPdfIsRefusedNamingTheFileAndType() throws Exception {
		this.mvc
			.perform(upload(1, "laporan.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(), "PPA1A")
				.with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("laporan.pdf")))
			.andExpect(jsonPath("$.detail", containsString("text/html")));
	}

	@Test
	void anExecutableIsRefusedEvenWithAPdfName() throws Exception {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		this.mvc.perform(upload(1, "setup.exe", exe).with(as("kepala"))).andExpect(status().isBadRequest());
		this.mvc.perform(upload(1, "surat.pdf", exe).with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("surat.pdf")));
	}

	@Test
	void anSvgAndAZipAreRefused() throws Exception {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
		this.mvc.perform(upload(1, "logo.svg", svg).with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("image/svg+xml")));
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		this.mvc.perform(upload(1, "arsip.zip", zip).with(as("kepala"))).andExpect(status().isBadRequest());
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		this.mvc.perform(upload(1, "kosong.pdf", new byte[0]).with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("empty")));
	}

	@Test
	void aFiftyMegabytePdfIsStoredWithItsChecksumAndOneByteMoreIsRefused() throws Exception {
		byte[] big = new byte[50 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		String body = this.mvc.perform(upload(1, "besar.pdf", big).with(as("kepala")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode current = this.json.readTree(body).path("evidence").path("current");
		assertThat(current.path("sha256").asText())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big)));
		assertThat(current.path("size").asLong()).isEqualTo(big.length);
		byte[] tooBig = new byte[big.length + 1];
		System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
		this.mvc.perform(upload(1, "terlalu-besar.pdf", tooBig).with(as("kepala")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("terlalu-besar.pdf")));
	}

	@Test
	void theSameContentIsStoredOnceAndReportedAsAlreadyInTheUnit() throws Exception {
		byte[] unique = (new String(PDF, StandardCharsets.US_ASCII) + System.nanoTime()).getBytes();
		uploaded("kepala", "pertama.pdf", unique);
		this.mvc.perform(upload(1, "kedua.pdf", unique).with(as("kepala")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sameContent[0]").value("pertama"));
	}

	@Test
	void aNewRevisionKeepsTheOlderOneDownloadable() throws Exception {
		long id = uploaded("kepala", "sk.pdf", PDF, "PPA1A");
		byte[] second = (new String(PDF, StandardCharsets.US_ASCII) + "% revisi 2\n").getBytes();
		this.mvc
			.perform(multipart("/evidence/" + id + "/revisions")
				.file(new MockMultipartFile("file", "sk-2.pdf", "application/pdf", second))
				.with(csrf())
				.with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(status().is3xxRedirection());
		EvidenceDetail detail = this.evidence.detail((CurrentUser) this.users.loadUserByUsername("kepala"), id);
		assertThat(detail.revisions()).extracting(RevisionView::fileName).containsExactly("sk-2.pdf", "sk.pdf");
	}

	@Test
	void aCoordinatorMayLinkOnlyItemsOfTheirOwnAreaAndAMemberMayNotUploadAtAll() throws Exception {
		uploaded("koordinator", "notulen.pdf", PDF, "PPA1A");
		this.mvc.perform(upload(1, "notulen.pdf", PDF, "PPB1A").with(as("koordinator")))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload(1, "notulen.pdf", PDF).with(as("anggota"))).andExpect(status().isForbidden());
		this.mvc.perform(upload(1, "notulen.pdf", PDF).with(as("pembina"))).andExpect(status().isForbidden());
		this.mvc.perform(upload(2, "notulen.pdf", PDF).with(as("kepala"))).andExpect(status().isNotFound());
	}

	@Test
	void aLinkNeedsAnHttpAddress() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/programmes/1/evidence").param("kind", "LAINNYA")
				.param("url", "javascript:alert(1)")
				.with(as("kepala")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(multipart("/api/v1/programmes/1/evidence").param("kind", "LAINNYA")
				.param("title", "Folder bersama")
				.param("url", "https://drive.example.org/folder/1")
				.with(as("kepala")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidence.url").value("https://drive.example.org/folder/1"));
	}

}
