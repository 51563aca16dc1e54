package id.ruangzi.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops an embedded PostgreSQL server left running by an application that was killed (for
 * example with {@code kill -9}), so that the next start can use its data directory again
 * instead of failing on the lock file.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: parse(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier start", process.pid(), dataDirectory);
		// SIGTERM is PostgreSQL's "smart" shutdown; the killed application's sessions are
		// gone.
		process.destroy();
		try {
			process.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
		}
	}

	private static Optional<Long> parse(String pid) {
		try {
			return Optional.of(Long.parseLong(pid.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
