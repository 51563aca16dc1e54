package id.ruangzi.identity;

/**
 * A person as other modules refer to them: by id, shown by name.
 *
 * @param id the user id, which other modules store
 * @param username the login name
 * @param fullName the full name
 * @param email the e-mail address, or null
 * @param active false once deactivated
 */
public record Person(long id, String username, String fullName, String email, boolean active) {

}
