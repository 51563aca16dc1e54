package id.ruangzi.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production installation, from
 * {@code RUANGZI_ADMIN_USERNAME} and {@code RUANGZI_ADMIN_PASSWORD}.
 *
 * @param username the administrator's login name
 * @param password the administrator's initial password
 */
@ConfigurationProperties("ruangzi.admin")
record AdminBootstrapProperties(String username, String password) {

	static final int MIN_PASSWORD_LENGTH = 12;

}
