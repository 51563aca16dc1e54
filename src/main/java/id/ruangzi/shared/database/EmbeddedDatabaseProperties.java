package id.ruangzi.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. An empty directory means a throw-away
 * server in a temporary directory, which is what tests want.
 *
 * @param dir the data directory, {@code ./data/postgres} by default
 */
@ConfigurationProperties("ruangzi.embedded-db")
public record EmbeddedDatabaseProperties(String dir) {

	public boolean ephemeral() {
		return this.dir == null || this.dir.isBlank();
	}

}
