package id.ruangzi.identity.internal;

import java.util.List;

import id.ruangzi.identity.LoginLogEntry;

import org.springframework.stereotype.Service;

/**
 * The administrators' view of the login attempt log, newest first.
 */
@Service
public class LoginLog {

	public static final int PAGE_SIZE = 50;

	private final LoginAttempts attempts;

	LoginLog(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	/**
	 * One page of attempts; one query, whatever the log's size.
	 * @param username only this username, or blank for all
	 * @param page the page, from 0
	 * @return up to {@link #PAGE_SIZE} attempts, newest first
	 */
	public List<LoginLogEntry> page(String username, int page) {
		return this.attempts.latest(username, Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map((attempt) -> new LoginLogEntry(attempt.attemptedAt(), attempt.username(), attempt.address(),
					attempt.outcome().name()))
			.toList();
	}

}
