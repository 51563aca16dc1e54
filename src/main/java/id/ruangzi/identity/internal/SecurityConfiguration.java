package id.ruangzi.identity.internal;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login for people, with the headers that let the CSP forbid inline script.
 * Everything is private unless listed here; actuator endpoints other than health are for
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The JSON API: HTTP Basic with the same users, no session, no CSRF (no cookie is
	 * ever issued, so there is nothing to forge), errors as problem documents.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMINISTRATOR")
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMINISTRATOR")
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		// The registry lets deactivation and password resets end a person's open
		// sessions.
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/login?expired"));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
