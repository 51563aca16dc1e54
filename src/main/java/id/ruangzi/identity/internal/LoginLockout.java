package id.ruangzi.identity.internal;

import java.time.Instant;

/**
 * Tells the login page whether a failed login was a lockout, without exposing the
 * exception.
 */
public final class LoginLockout {

	private LoginLockout() {
	}

	/**
	 * @param failure the last authentication failure, or null
	 * @return the end of the lockout when the failure was one, else null
	 */
	public static Instant until(Object failure) {
		return (failure instanceof LoginLockedException locked) ? locked.until() : null;
	}

}
