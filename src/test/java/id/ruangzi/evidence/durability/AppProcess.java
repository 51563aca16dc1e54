package id.ruangzi.evidence.durability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.ruangzi.RuangZiApplication;

/**
 * The real application in a second JVM, as an operator runs it: its own heap limit, a
 * database directory and a file store that outlive the process, demo data on. The test
 * classes are left off its class path, so it runs exactly the production code. Output
 * goes to a log file that the test reads for the ports, for readiness (after the demo
 * data runners) and for trouble.
 */
final class AppProcess {

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern DB_PORT = Pattern.compile("embedded PostgreSQL server on port (\\d+)");

	private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

	private final Path home;

	private final String heap;

	private final Path log;

	private final Path gcLog;

	private Process process;

	private int port;

	private int databasePort;

	/**
	 * @param home holds {@code postgres/}, {@code files/} and {@code tmp/}; kept between
	 * starts
	 * @param heap the {@code -Xmx} value
	 * @param name names this start's log files
	 */
	AppProcess(Path home, String heap, String name) {
		this.home = home;
		this.heap = heap;
		this.log = home.resolve(name + ".log");
		this.gcLog = home.resolve(name + "-gc.log");
	}

	Path storage() {
		return this.home.resolve("files");
	}

	Path database() {
		return this.home.resolve("postgres");
	}

	AppProcess start(Duration timeout) throws IOException, InterruptedException {
		Files.createDirectories(this.home.resolve("tmp"));
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + this.heap,
				"-XX:+ExitOnOutOfMemoryError",
				// C1 only: a faster start on a busy two-core machine; the heap limit is
				// what counts.
				"-XX:TieredStopAtLevel=1", "-Xlog:gc:file=" + this.gcLog,
				"-Djava.io.tmpdir=" + this.home.resolve("tmp"), "-cp", classPath, RuangZiApplication.class.getName(),
				"--server.port=0", "--ruangzi.embedded-db.dir=" + database(), "--ruangzi.storage.dir=" + storage(),
				"--ruangzi.demo-data=true", "--ruangzi.scheduling.enabled=false", "--spring.main.banner-mode=off",
				// "Started" is logged before the demo data runners; readiness comes after
				// them.
				"--logging.level.org.springframework.boot.availability=DEBUG"));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(this.log.toFile()).start();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String output = log();
			if (output.contains("ReadinessState changed to ACCEPTING_TRAFFIC")) {
				this.port = Integer.parseInt(find(HTTP_PORT, output));
				this.databasePort = Integer.parseInt(find(DB_PORT, output));
				return this;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting:\n" + tail(output));
			}
			Thread.sleep(250);
		}
		kill();
		throw new IllegalStateException("The application did not start in " + timeout + ":\n" + tail(log()));
	}

	int port() {
		return this.port;
	}

	String databaseUrl() {
		return "jdbc:postgresql://localhost:" + this.databasePort + "/postgres";
	}

	boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** kill -9: no shutdown hook, no flush; the embedded PostgreSQL is left orphaned. */
	void kill() throws InterruptedException {
		if (this.process != null) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * A normal stop (SIGTERM), which also stops the embedded PostgreSQL; if the
	 * application does not stop, it is killed and its PostgreSQL stopped by pid.
	 */
	void stop() throws IOException, InterruptedException {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
		stopOrphanedPostgres();
	}

	void stopOrphanedPostgres() throws IOException, InterruptedException {
		Path pid = database().resolve("postmaster.pid");
		if (Files.isRegularFile(pid)) {
			long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).trim());
			ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
			for (int i = 0; i < 100 && ProcessHandle.of(postmaster).isPresent(); i++) {
				Thread.sleep(100);
			}
		}
	}

	String log() throws IOException {
		return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
	}

	/** The largest heap occupancy before a collection, from {@code -Xlog:gc}, in MB. */
	OptionalLong peakHeapMegabytes() throws IOException {
		if (!Files.exists(this.gcLog)) {
			return OptionalLong.empty();
		}
		Matcher matcher = GC_HEAP.matcher(Files.readString(this.gcLog));
		long peak = -1;
		while (matcher.find()) {
			peak = Math.max(peak, Long.parseLong(matcher.group(1)));
		}
		return (peak < 0) ? OptionalLong.empty() : OptionalLong.of(peak);
	}

	private static String find(Pattern pattern, String output) {
		Matcher matcher = pattern.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + pattern + " in the log:\n" + tail(output));
		}
		return matcher.group(1);
	}

	private static String tail(String output) {
		return output.substring(Math.max(0, output.length() - 4000));
	}

}
