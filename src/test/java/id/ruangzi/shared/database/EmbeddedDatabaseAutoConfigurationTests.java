package id.ruangzi.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class, DataSourceAutoConfiguration.class));

	@Test
	void startsNoServerWhenADatasourceUrlIsConfigured() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/ruangzi")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
				assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
					.isEqualTo("jdbc:postgresql://db.example:5432/ruangzi");
			});
	}

	@Test
	void keepsDataInItsDirectoryAcrossRestarts(@TempDir Path dir) {
		ApplicationContextRunner persistent = this.runner
			.withPropertyValues("ruangzi.embedded-db.dir=" + dir.resolve("postgres"));
		persistent.run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedPostgres.class);
			JdbcClient.create(context.getBean(DataSource.class))
				.sql("create table catatan (isi text); insert into catatan values ('tetap ada')")
				.update();
		});
		persistent.run((context) -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
			.sql("select isi from catatan")
			.query(String.class)
			.single()).isEqualTo("tetap ada"));
		assertThat(dir.resolve("postgres/PG_VERSION")).content().startsWith("17");
	}

	@Test
	void pricesIndexProbesForMemoryAndCompilesNoQuery() {
		this.runner.run((context) -> {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("show random_page_cost").query(String.class).single()).isEqualTo("1.1");
			assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
		});
	}

	@Test
	void stopsTheServerWhenTheApplicationStops(@TempDir Path dir) {
		ApplicationContextRunner persistent = this.runner
			.withPropertyValues("ruangzi.embedded-db.dir=" + dir.resolve("postgres"));
		persistent.run((context) -> assertThat(dir.resolve("postgres/postmaster.pid")).exists());
		assertThat(dir.resolve("postgres/postmaster.pid")).doesNotExist();
	}

	@Test
	void startsAgainAfterAKilledApplicationLeftItsServerRunning(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("postgres");
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OrphanPostgres.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(application.getInputStream()))) {
			assertThat(output.lines().filter("ready"::equals).findFirst()).isPresent();
		}
		long postmasterPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		application.destroyForcibly().waitFor();
		assertThat(ProcessHandle.of(postmasterPid)).as("PostgreSQL outlives the killed application").isPresent();

		this.runner.withPropertyValues("ruangzi.embedded-db.dir=" + data)
			.run((context) -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
				.sql("select count(*) from sisa")
				.query(Long.class)
				.single()).isZero());
		assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive)).isEmpty();
	}

}
