package id.ruangzi.shared.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a separate JVM by a test and killed with SIGKILL: an application that dies
 * without stopping its embedded PostgreSQL.
 */
final class OrphanPostgres {

	private OrphanPostgres() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create table sisa (isi text)");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
