package id.ruangzi.identity.internal;

import java.time.Instant;
import java.util.Optional;

import id.ruangzi.identity.internal.LoginAttempts.Outcome;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks username and password against the database, for form login and the API's HTTP
 * Basic alike, refusing unchecked while the username or address is locked, and records
 * every attempt.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final LoginAttempts attempts;

	ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			LoginAttempts attempts) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		Optional<Instant> lockedUntil = this.throttle.lockedUntil(username, address);
		if (lockedUntil.isPresent()) {
			this.attempts.record(username, address, Outcome.LOCKED);
			throw new LoginLockedException(lockedUntil.get());
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.attempts.record(username, address, Outcome.SUCCESS);
			return result;
		}
		catch (AuthenticationException ex) {
			this.attempts.record(username, address, Outcome.FAILURE);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
