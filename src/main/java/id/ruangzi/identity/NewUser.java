package id.ruangzi.identity;

import java.util.Set;

/**
 * A person to create.
 *
 * @param username the login name
 * @param fullName the full name shown in the UI
 * @param rawPassword the initial password, hashed before it is stored
 * @param grants the roles the person holds
 */
public record NewUser(String username, String fullName, String rawPassword, Set<RoleGrant> grants) {

}
