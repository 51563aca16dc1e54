package id.ruangzi.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused unchecked because of too many recent failures. The message is a message
 * key, so the login page can explain it.
 */
class LoginLockedException extends LockedException {

	static final String MESSAGE_KEY = "login.locked";

	private final Instant until;

	LoginLockedException(Instant until) {
		super(MESSAGE_KEY);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
