package id.ruangzi.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Knows every person's open sessions, so that deactivating a person (or resetting their
 * password) ends the sessions they already have. The security filter chain must register
 * the same registry ({@code sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(
 * registry))}) for sessions to be recorded and expired ones to be refused.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	// Tells the registry when the servlet container destroys a session, so it does not
	// grow forever.
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
