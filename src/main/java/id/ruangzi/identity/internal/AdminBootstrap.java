package id.ruangzi.identity.internal;

import java.util.Set;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.NewUser;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.shared.database.DemoDataCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of an installation without demo data, so that nobody
 * has to write to the database by hand. A missing or weak password stops the start: an
 * installation nobody can log in to, or one with a guessable administrator, is worse than
 * none.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final IdentityApi identity;

	private final AdminBootstrapProperties properties;

	private final Environment environment;

	AdminBootstrap(IdentityApi identity, AdminBootstrapProperties properties, Environment environment) {
		this.identity = identity;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (DemoDataCondition.demoDataEnabled(this.environment) || !this.identity.noUsers()) {
			return;
		}
		String username = this.properties.username();
		String password = this.properties.password();
		if (username == null || username.isBlank() || password == null) {
			throw new AdminBootstrapException("The database has no users yet. Set RUANGZI_ADMIN_USERNAME and "
					+ "RUANGZI_ADMIN_PASSWORD to create the first administrator.");
		}
		if (password.length() < AdminBootstrapProperties.MIN_PASSWORD_LENGTH) {
			throw new AdminBootstrapException("RUANGZI_ADMIN_PASSWORD must have at least "
					+ AdminBootstrapProperties.MIN_PASSWORD_LENGTH + " characters.");
		}
		this.identity
			.ensureUser(new NewUser(username.trim(), "Administrator", password, Set.of(RoleGrant.administrator())));
		log.info("Created the first administrator '{}'", username.trim());
	}

}
