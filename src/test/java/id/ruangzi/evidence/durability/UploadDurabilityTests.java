package id.ruangzi.evidence.durability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's "uploads are never lost", shown against the real application in a second JVM
 * limited to a 256 MB heap, over real HTTP: a 50 MB PDF goes in and comes back intact, 51
 * MB is refused with 413, and a kill -9 in the middle of a batch of uploads loses none
 * that had answered success and leaves no record without its file. The two tests share
 * the first application (the second one kills it) to keep the suite to two starts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadDurabilityTests {

	private static final long MB = 1024 * 1024;

	private static final Duration START = Duration.ofMinutes(3);

	@TempDir
	static Path home;

	static AppProcess first;

	static AppProcess second;

	final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void startTheApplicationWithA256MegabyteHeap() throws Exception {
		first = new AppProcess(home, "256m", "first").start(START);
	}

	@AfterAll
	static void stopTheApplications() throws Exception {
		if (second != null) {
			second.stop();
		}
		if (first != null) {
			first.kill();
			first.stopOrphanedPostgres();
		}
		// The applications' logs (and GC logs) outlive the temporary directory, for a
		// look after a failure.
		Path kept = Files.createDirectories(Path.of("target", "durability"));
		try (Stream<Path> logs = Files.list(home)) {
			for (Path log : logs.filter((file) -> file.toString().endsWith(".log")).toList()) {
				Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@Test
	@Order(1)
	void aFiftyMegabytePdfUploadsWithA256MegabyteHeapAndFiftyOneMegabytesIsRefusedClearly() throws Exception {
		EvidenceClient kepala = new EvidenceClient(first.port(), "kepala");
		Path uploads = Files.createDirectories(home.resolve("uploads"));
		Path fifty = uploads.resolve("laporan-besar.pdf");
		String sha = EvidenceClient.writePdf(fifty, 50 * MB, 50);

		HttpResponse<String> created = kepala.upload(1, fifty, "laporan-besar.pdf", "Laporan besar");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode evidence = this.json.readTree(created.body()).path("evidence");
		assertThat(evidence.path("current").path("sha256").asText()).isEqualTo(sha);
		assertThat(evidence.path("current").path("size").asLong()).isEqualTo(50 * MB);
		EvidenceClient.Download download = kepala.download(evidence.path("id").asLong());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.sha256()).isEqualTo(sha);

		Path fiftyOne = uploads.resolve("terlalu-besar.pdf");
		EvidenceClient.writePdf(fiftyOne, 51 * MB, 51);
		HttpResponse<String> refused = kepala.upload(1, fiftyOne, "terlalu-besar.pdf", "Terlalu besar");
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(refused.body()).path("detail").asText()).contains("50 MB");

		// Parts are deleted when the request ends, which may be just after the answer.
		for (int i = 0; i < 50 && !multipartLeftovers(first.storage()).isEmpty(); i++) {
			Thread.sleep(100);
		}
		assertThat(multipartLeftovers(first.storage())).as("Tomcat's multipart parts after both uploads").isEmpty();
		assertThat(first.isAlive()).isTrue();
		assertThat(kepala.download(evidence.path("id").asLong()).sha256()).isEqualTo(sha);
		assertThat(first.log()).doesNotContain("OutOfMemoryError");
		System.out.println(
				"Largest heap occupancy seen by the GC with -Xmx256m: " + first.peakHeapMegabytes().orElse(-1) + " MB");
		Files.delete(fifty);
		Files.delete(fiftyOne);
	}

	@Test
	@Order(2)
	void anEvidencePackageLargerThanTheHeapIsStreamed() throws Exception {
		EvidenceClient kepala = new EvidenceClient(first.port(), "kepala");
		Path uploads = Files.createDirectories(home.resolve("package-uploads"));
		// Five more distinct 50 MB files beside the first test's one: over 300 MB of
		// content that does not compress, more than the whole 256 MB heap.
		java.util.Set<String> shas = new java.util.HashSet<>();
		for (int n = 1; n <= 5; n++) {
			Path file = uploads.resolve("dokumen-" + n + ".pdf");
			shas.add(EvidenceClient.writePdf(file, 50 * MB, 500 + n));
			HttpResponse<String> created = kepala.upload(1, file, "dokumen-" + n + ".pdf", "Dokumen " + n);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			Files.delete(file);
		}
		Path zip = home.resolve("eviden.zip");
		assertThat(kepala.downloadPackage(1, zip)).isEqualTo(200);
		assertThat(Files.size(zip)).isGreaterThan(300 * MB);
		try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
			assertThat(archive.stream().filter((entry) -> entry.getSize() == 50 * MB)).hasSize(6);
			java.util.zip.ZipEntry index = archive.getEntry("indeks-eviden.csv");
			assertThat(index).isNotNull();
			String rows = new String(archive.getInputStream(index).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(shas).allSatisfy((sha) -> assertThat(rows).contains(sha));
		}
		assertThat(first.isAlive()).isTrue();
		assertThat(first.log()).doesNotContain("OutOfMemoryError");
		System.out.println("Evidence package of " + Files.size(zip) / MB + " MB streamed by an app with -Xmx256m; "
				+ "largest heap occupancy seen by the GC: " + first.peakHeapMegabytes().orElse(-1) + " MB");
		Files.delete(zip);
	}

	@Test
	@Order(3)
	void killingTheAppDuringABatchLosesNoUploadThatAnsweredAndLeavesNoRecordWithoutItsFile() throws Exception {
		int total = 40;
		int killAfter = 12;
		Path batch = Files.createDirectories(home.resolve("batch"));
		List<Path> files = new ArrayList<>();
		List<String> shas = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			Path file = batch.resolve("bukti-" + i + ".pdf");
			shas.add(EvidenceClient.writePdf(file, (1 + i % 4) * MB + i * 1013L, 1000 + i));
			files.add(file);
		}
		EvidenceClient kepala = new EvidenceClient(first.port(), "kepala");
		Map<Long, String> answered = new ConcurrentHashMap<>();
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger broken = new AtomicInteger();
		List<Integer> otherAnswers = new ArrayList<>();
		CountDownLatch enough = new CountDownLatch(killAfter);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int i = 0; i < total; i++) {
			int n = i;
			pool.submit(() -> {
				inFlight.incrementAndGet();
				try {
					HttpResponse<String> response = kepala.upload(1, files.get(n), "bukti-" + n + ".pdf", "Bukti " + n);
					if (response.statusCode() == 201) {
						JsonNode evidence = this.json.readTree(response.body()).path("evidence");
						assertThat(evidence.path("current").path("sha256").asText()).isEqualTo(shas.get(n));
						answered.put(evidence.path("id").asLong(), shas.get(n));
						enough.countDown();
					}
					else {
						synchronized (otherAnswers) {
							otherAnswers.add(response.statusCode());
						}
					}
				}
				catch (IOException ex) {
					broken.incrementAndGet();
				}
				finally {
					inFlight.decrementAndGet();
				}
				return null;
			});
		}
		assertThat(enough.await(3, TimeUnit.MINUTES)).as("%d uploads answered before the kill", killAfter).isTrue();
		int inFlightAtKill = inFlight.get();
		first.kill();
		pool.shutdown();
		assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
		assertThat(otherAnswers).as("answers other than 201 before the kill").isEmpty();
		assertThat(inFlightAtKill).as("uploads in flight when the app was killed").isPositive();
		assertThat(answered.size() + broken.get()).isEqualTo(total);
		assertThat(broken.get()).as("uploads cut off by the kill").isPositive();

		Path staging = first.storage().resolve("evidence/tmp");
		Files.writeString(staging.resolve("left-by-a-crash.part"), "half an upload");
		second = new AppProcess(home, "256m", "second").start(START);

		try (Stream<Path> left = Files.list(staging)) {
			assertThat(left).as("unfinished uploads after the restart").isEmpty();
		}
		assertThat(multipartLeftovers(second.storage())).as("parts of uploads cut off by the kill, after the restart")
			.isEmpty();
		EvidenceClient again = new EvidenceClient(second.port(), "kepala");
		for (Map.Entry<Long, String> upload : answered.entrySet()) {
			EvidenceClient.Download download = again.download(upload.getKey());
			assertThat(download.status()).as("evidence %d after the restart", upload.getKey()).isEqualTo(200);
			assertThat(download.sha256()).as("evidence %d after the restart", upload.getKey())
				.isEqualTo(upload.getValue());
		}
		int revisions = everyRevisionRowHasItsFile(second);
		everyStoredFileIsCompleteAndNamedByItsChecksum(second.storage().resolve("evidence"));
		System.out.printf("Kill -9 after %d answered uploads (%d in flight, %d cut off); %d revision rows checked%n",
				answered.size(), inFlightAtKill, broken.get(), revisions);
	}

	/** Tomcat's multipart parts in the store's {@code incoming} directory, with sizes. */
	private static List<String> multipartLeftovers(Path storage) throws IOException {
		try (Stream<Path> files = Files.walk(storage.resolve("incoming"))) {
			return files.filter(Files::isRegularFile)
				.map((file) -> file.getFileName() + " " + file.toFile().length() + " B")
				.toList();
		}
	}

	private static int everyRevisionRowHasItsFile(AppProcess app) throws Exception {
		int rows = 0;
		try (Connection db = DriverManager.getConnection(app.databaseUrl(), "postgres", null);
				Statement statement = db.createStatement()) {
			try (ResultSet revision = statement.executeQuery("select sha256, size_bytes from evidence_revision")) {
				while (revision.next()) {
					rows++;
					String sha = revision.getString(1);
					Path file = app.storage()
						.resolve("evidence")
						.resolve(sha.substring(0, 2))
						.resolve(sha.substring(2, 4))
						.resolve(sha);
					assertThat(file).as("the file of revision %s", sha).isRegularFile();
					assertThat(Files.size(file)).isEqualTo(revision.getLong(2));
					assertThat(EvidenceClient.sha256(file)).isEqualTo(sha);
				}
			}
			try (ResultSet orphans = statement.executeQuery("select count(*) from evidence e where e.url is null "
					+ "and not exists (select 1 from evidence_revision r where r.evidence_id = e.id)")) {
				orphans.next();
				assertThat(orphans.getLong(1)).as("file records without a revision").isZero();
			}
		}
		assertThat(rows).isPositive();
		return rows;
	}

	private static void everyStoredFileIsCompleteAndNamedByItsChecksum(Path store) throws IOException {
		try (Stream<Path> files = Files.walk(store)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(store.relativize(file).toString()).as("a stored file")
					.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}");
				assertThat(EvidenceClient.sha256(file)).isEqualTo(file.getFileName().toString());
			}
		}
	}

}
