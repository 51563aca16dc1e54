package id.ruangzi.shared.database;

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
	void stopsTheServerWhenTheApplicationStops(@TempDir Path dir) {
		ApplicationContextRunner persistent = this.runner
			.withPropertyValues("ruangzi.embedded-db.dir=" + dir.resolve("postgres"));
		persistent.run((context) -> assertThat(dir.resolve("postgres/postmaster.pid")).exists());
		assertThat(dir.resolve("postgres/postmaster.pid")).doesNotExist();
	}

}
