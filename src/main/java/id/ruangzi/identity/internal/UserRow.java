package id.ruangzi.identity.internal;

/**
 * A person as the user list's query returns it, before roles are added.
 *
 * @param id the account id
 * @param username the login name
 * @param fullName the full name
 * @param nip the civil servant number, or null
 * @param email the e-mail address, or null
 * @param active false once deactivated
 * @param mustChangePassword true while a temporary password is in use
 */
public record UserRow(long id, String username, String fullName, String nip, String email, boolean active,
		boolean mustChangePassword) {

}
