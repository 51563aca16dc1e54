package id.ruangzi.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts an embedded PostgreSQL server when no datasource is configured, so that a
 * newcomer needs nothing but a JDK. Runs as an auto-configuration so that a
 * Testcontainers {@code @ServiceConnection} or a configured URL always wins over it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		// Spring stops the server as its last bean; a JVM hook of its own would stop it
		// while
		// beans that still need the database (the event registry) are closing.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			// The data lives in memory and on local disk: at the default 4 the planner
			// prices an index probe as a disk seek and scans all million evidence items
			// for the overview's coverage of 50 programmes (50 ms of CPU in 3 processes)
			// instead of probing 5,000 of them (5 ms).
			.setServerConfig("random_page_cost", "1.1")
			// Page queries are short; compiling one (JIT above a plan cost of 100,000)
			// costs more than running it.
			.setServerConfig("jit", "off");
		if (!properties.ephemeral()) {
			Path dir = Path.of(properties.dir()).toAbsolutePath().normalize();
			Files.createDirectories(dir);
			StalePostmaster.stopIfRunning(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Using the embedded PostgreSQL server on port {} with data in {}", postgres.getPort(),
				properties.ephemeral() ? "a temporary directory"
						: Path.of(properties.dir()).toAbsolutePath().normalize());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

}
