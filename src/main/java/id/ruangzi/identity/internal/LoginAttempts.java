package id.ruangzi.identity.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The login attempt log. Plain SQL: rows are written on every login and read by time
 * window, nothing an entity would add to.
 */
@Repository
class LoginAttempts {

	enum Outcome {

		SUCCESS, FAILURE, LOCKED

	}

	record Attempt(Instant attemptedAt, String username, String address, Outcome outcome) {
	}

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String username, String address, Outcome outcome) {
		this.jdbc.sql("insert into login_attempt (username, address, outcome) values (:username, :address, :outcome)")
			.param("username", truncate(username, 100))
			.param("address", truncate(address, 64))
			.param("outcome", outcome.name())
			.update();
	}

	List<Instant> failuresOfUsernameSince(String username, Instant since) {
		return failuresSince("lower(username) = lower(:value)", username, since);
	}

	List<Instant> failuresOfAddressSince(String address, Instant since) {
		return failuresSince("address = :value", address, since);
	}

	// The condition is one of the two constants above, never user input.
	private List<Instant> failuresSince(String condition, String value, Instant since) {
		return this.jdbc
			.sql("select attempted_at from login_attempt where " + condition
					+ " and outcome = 'FAILURE' and attempted_at > :since order by attempted_at desc")
			.param("value", value)
			.param("since", java.sql.Timestamp.from(since))
			.query(Instant.class)
			.list();
	}

	List<Attempt> latest(String username, int offset, int limit) {
		return this.jdbc
			.sql("select attempted_at, username, address, outcome from login_attempt "
					+ "where (:username = '' or lower(username) = lower(:username)) "
					+ "order by attempted_at desc, id desc offset :offset limit :limit")
			.param("username", (username != null) ? username.trim() : "")
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new Attempt(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					Outcome.valueOf(rs.getString(4))))
			.list();
	}

	private static String truncate(String value, int length) {
		String safe = (value != null) ? value : "";
		return (safe.length() > length) ? safe.substring(0, length) : safe;
	}

}
