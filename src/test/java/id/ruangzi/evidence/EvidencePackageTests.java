package id.ruangzi.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class EvidencePackageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EvidenceApi evidence;

	@Autowired
	EvidencePackage packages;

	@jakarta.persistence.PersistenceContext
	jakarta.persistence.EntityManager entities;

	@LocalServerPort
	int port;

	@Value("${ruangzi.storage.dir}")
	String storageDir;

	CurrentUser head() {
		return (CurrentUser) this.users.loadUserByUsername("kepala");
	}

	EvidenceView file(String name, byte[] bytes, String... items) {
		return this.evidence
			.create(head(), 1, new EvidenceDraft(null, EvidenceKind.NOTULEN, null, null, List.of(items)),
					new FileUpload(name, () -> new ByteArrayInputStream(bytes)))
			.evidence();
	}

	MockHttpServletResponse download(String username) throws Exception {
		MvcResult started = this.mvc
			.perform(get("/programmes/1/evidence/package.zip").with(user(this.users.loadUserByUsername(username))))
			.andExpect(request().asyncStarted())
			.andReturn();
		return this.mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	static List<CSVRecord> index(Map<String, byte[]> entries) throws IOException {
		byte[] bytes = entries.get(PackagePlan.INDEX);
		assertThat(bytes).as("index").isNotNull();
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new InputStreamReader(new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)),
					StandardCharsets.UTF_8))
			.getRecords();
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void thePackageHoldsEveryFileInItsAreaAndItemFolderAndAnIndexWhoseChecksumsMatch() throws Exception {
		MockHttpServletResponse response = download("pembina");
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"eviden-MTSN2-BDL-2026.zip\"");
		Map<String, byte[]> entries = unzip(response.getContentAsByteArray());
		assertThat(entries).containsKeys("A-Manajemen-Perubahan/PPA1A/SK-Tim-ZI-2026.pdf",
				"A-Manajemen-Perubahan/PPA1B/pakta-integritas.png");
		List<CSVRecord> rows = index(entries);
		assertThat(rows).isNotEmpty();
		for (CSVRecord row : rows) {
			if (row.get("status").equals("ok")) {
				byte[] bytes = entries.get(row.get("path"));
				assertThat(bytes).as(row.get("path")).isNotNull();
				assertThat(sha256(bytes)).isEqualTo(row.get("sha256"));
				assertThat(Long.parseLong(row.get("size_bytes"))).isEqualTo(bytes.length);
			}
		}
		CSVRecord link = rows.stream().filter((r) -> r.get("status").equals("link")).findFirst().orElseThrow();
		assertThat(link.get("path")).isEmpty();
		assertThat(link.get("url")).isEqualTo("https://drive.example.org/mtsn2-bdl/notulen-zi");
		assertThat(link.get("item_codes")).isEqualTo("PPA1A");
		assertThat(entries.keySet()).allSatisfy((name) -> assertThat(name).doesNotContain("..").doesNotStartWith("/"));
	}

	@Test
	void aFileOfSeveralItemsIsStoredOnceInTheFirstItemsFolderAndSameNamesAreNumbered() throws Exception {
		byte[] shared = EvidenceChecksTests.pdf();
		byte[] other = EvidenceChecksTests.pdf();
		file("../../notulen rapat.pdf", shared, "PPB1A", "PPA2A");
		file("Notulen Rapat.pdf", other, "PPA2A");
		Map<String, byte[]> entries = unzip(download("kepala").getContentAsByteArray());
		assertThat(entries.get("A-Manajemen-Perubahan/PPA2A/notulen-rapat.pdf")).isEqualTo(shared);
		assertThat(entries.get("A-Manajemen-Perubahan/PPA2A/Notulen-Rapat-2.pdf")).isEqualTo(other);
		assertThat(entries.keySet()).noneMatch((name) -> name.contains("PPB1A"));
		CSVRecord row = index(entries).stream()
			.filter((r) -> r.get("path").equals("A-Manajemen-Perubahan/PPA2A/notulen-rapat.pdf"))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("item_codes")).isEqualTo("PPA2A PPB1A");
		assertThat(row.get("sha256")).isEqualTo(sha256(shared));
		assertThat(row.get("revision")).isEqualTo("1");
		assertThat(row.get("uploader")).isNotBlank();
	}

	@Test
	void aDamagedStoredFileIsLeftOutAndMarkedInTheIndexNeverPackagedWrong() throws Exception {
		byte[] bytes = EvidenceChecksTests.pdf();
		EvidenceView damaged = file("rusak.pdf", bytes, "PPC1A");
		String sha = sha256(bytes);
		Path stored = Path.of(this.storageDir)
			.toAbsolutePath()
			.normalize()
			.resolve("evidence")
			.resolve(sha.substring(0, 2))
			.resolve(sha.substring(2, 4))
			.resolve(sha);
		Files.write(stored, "tampered".getBytes(StandardCharsets.UTF_8));
		try {
			Map<String, byte[]> entries = unzip(download("kepala").getContentAsByteArray());
			assertThat(entries.keySet()).noneMatch((name) -> name.endsWith("rusak.pdf"));
			CSVRecord row = index(entries).stream()
				.filter((r) -> r.get("sha256").equals(sha))
				.findFirst()
				.orElseThrow();
			assertThat(row.get("status")).isEqualTo("damaged-not-included");
			assertThat(row.get("path")).isEmpty();
			assertThat(row.get("title")).isEqualTo(damaged.title());
			assertThat(entries).containsKey("A-Manajemen-Perubahan/PPA1A/SK-Tim-ZI-2026.pdf");
		}
		finally {
			Files.deleteIfExists(stored);
		}
	}

	@Test
	void theLongDownloadIsNotCutOffByTheDefaultAsyncTimeout() throws Exception {
		MvcResult started = this.mvc
			.perform(get("/programmes/1/evidence/package.zip").with(user(this.users.loadUserByUsername("kepala"))))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(started.getRequest().getAsyncContext().getTimeout()).isEqualTo(4 * 60 * 60 * 1000L);
		this.mvc.perform(asyncDispatch(started)).andExpect(status().isOk());
	}

	@Test
	void planningThePackageRunsTheSameNumberOfStatementsForFewAndManyRecords() throws Exception {
		this.packages.plan(head(), 1);
		SqlStatementCounter.reset();
		this.packages.plan(head(), 1);
		int few = SqlStatementCounter.count();
		for (int i = 0; i < 6; i++) {
			file("bukti-" + i + ".pdf", EvidenceChecksTests.pdf(), "PPA2A", "PPE1A");
		}
		this.entities.flush();
		SqlStatementCounter.reset();
		PackagePlan plan = this.packages.plan(head(), 1);
		assertThat(SqlStatementCounter.count()).isEqualTo(few);
		assertThat(plan.entries()).hasSizeGreaterThanOrEqualTo(9);
	}

	@Test
	void anotherUnitsSupervisorGetsNotFound() throws Exception {
		this.mvc
			.perform(get("/programmes/1/evidence/package.zip").with(user(this.users.loadUserByUsername("pembina.tdt"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiStreamsThePackageOverARealConnection() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/programmes/1/evidence/package"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("pembina:ruangzi-demo".getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("eviden-MTSN2-BDL-2026.zip"));
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
		Map<String, byte[]> entries = unzip(response.body());
		assertThat(entries).containsKeys(PackagePlan.INDEX, "A-Manajemen-Perubahan/PPA1A/SK-Tim-ZI-2026.pdf");
		HttpRequest outside = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/programmes/1/evidence/package"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("pembina.tdt:ruangzi-demo".getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		assertThat(HttpClient.newHttpClient().send(outside, HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
	}

}
