package id.ruangzi.identity.internal;

import java.util.List;

/**
 * A person as the edit page shows it.
 *
 * @param username the login name
 * @param fullName the full name
 * @param nip the NIP, or null
 * @param email the e-mail address, or null
 * @param phone the phone number, or null
 * @param active false once deactivated
 * @param mustChangePassword true while a temporary password is in use
 * @param version the optimistic-lock version the edit form carries
 * @param roles the roles with unit names
 */
public record UserView(String username, String fullName, String nip, String email, String phone, boolean active,
		boolean mustChangePassword, long version, List<RoleLine> roles) {

}
