package id.ruangzi.identity;

import java.time.Instant;

/**
 * One login attempt.
 *
 * @param at when
 * @param username the username tried
 * @param address the client address
 * @param outcome SUCCESS, FAILURE or LOCKED
 */
public record LoginLogEntry(Instant at, String username, String address, String outcome) {

}
