package id.ruangzi.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: 5 failed logins for a username within 15 minutes lock that
 * username for 15 minutes; 20 failures from one address (an office behind one NAT has
 * many users) lock the address likewise, so guessing across usernames is slowed too.
 */
@Component
class LoginThrottle {

	static final int USERNAME_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	private final LoginAttempts attempts;

	LoginThrottle(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	/**
	 * When the username or the address is locked, until when.
	 * @param username the username tried
	 * @param address the client address
	 * @return the end of the lockout, empty when a login may be tried
	 */
	Optional<Instant> lockedUntil(String username, String address) {
		Instant now = Instant.now();
		Instant since = now.minus(WINDOW).minus(LOCKOUT);
		Optional<Instant> byUsername = lockedUntil(this.attempts.failuresOfUsernameSince(username, since),
				USERNAME_LIMIT, now);
		Optional<Instant> byAddress = lockedUntil(this.attempts.failuresOfAddressSince(address, since), ADDRESS_LIMIT,
				now);
		return byUsername.isPresent() ? byUsername : byAddress;
	}

	// failures are newest first: a lockout starts at any failure that completes `limit`
	// failures
	// within the window, and lasts LOCKOUT from there.
	static Optional<Instant> lockedUntil(List<Instant> failures, int limit, Instant now) {
		for (int i = 0; i + limit - 1 < failures.size(); i++) {
			Instant last = failures.get(i);
			Instant first = failures.get(i + limit - 1);
			Instant until = last.plus(LOCKOUT);
			if (until.isAfter(now) && Duration.between(first, last).compareTo(WINDOW) <= 0) {
				return Optional.of(until);
			}
		}
		return Optional.empty();
	}

}
