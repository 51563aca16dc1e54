package id.ruangzi.identity.internal;

import id.ruangzi.RuangZiApplication;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.test.TestDatabaseConfiguration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production-like start: no demo data, the first administrator comes from the
 * environment.
 */
@SpringBootTest(properties = { "ruangzi.demo-data=false", "ruangzi.admin.username=superadmin",
		"ruangzi.admin.password=sangat-rahasia-2026" })
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class AdminBootstrapTests {

	@Autowired
	IdentityApi identity;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void createsTheFirstAdministratorFromTheEnvironment() {
		assertThat(this.jdbc
			.sql("select u.username from user_account u join role_assignment r on r.user_id = u.id "
					+ "where r.role = 'ADMINISTRATOR'")
			.query(String.class)
			.list()).containsExactly("superadmin");
		String hash = this.jdbc.sql("select password_hash from user_account where username = 'superadmin'")
			.query(String.class)
			.single();
		assertThat(this.passwordEncoder.matches("sangat-rahasia-2026", hash)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from unit").query(Long.class).single()).isZero();
	}

	@Test
	void refusesToStartWithoutAdministratorSettingsOnAnEmptyDatabase() {
		assertThatThrownBy(() -> startWithoutDemoData("ruangzi.admin.username=", "ruangzi.admin.password="))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.hasMessage("The database has no users yet. Set RUANGZI_ADMIN_USERNAME and "
						+ "RUANGZI_ADMIN_PASSWORD to create the first administrator."));
	}

	@Test
	void refusesAnAdministratorPasswordShorterThanTwelveCharacters() {
		assertThatThrownBy(
				() -> startWithoutDemoData("ruangzi.admin.username=root", "ruangzi.admin.password=pendek12345"))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.hasMessage("RUANGZI_ADMIN_PASSWORD must have at least 12 characters."));
	}

	@Test
	void leavesAnInstallationWithUsersAlone() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.identity, new AdminBootstrapProperties(null, null),
				this.environment);
		bootstrap.run(null);
		assertThat(this.jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(1);
	}

	private static void startWithoutDemoData(String... properties) {
		// A fresh embedded database of its own, so the user table is really empty.
		String[] args = Stream.concat(Stream.of("ruangzi.demo-data=false", "server.port=0"), Stream.of(properties))
			.map((property) -> "--" + property)
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RuangZiApplication.class)
			.profiles("test")
			.run(args)) {
			throw new AssertionError("The application started");
		}
	}

}
