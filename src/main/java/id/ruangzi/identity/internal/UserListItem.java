package id.ruangzi.identity.internal;

import java.util.List;

/**
 * A line of the user list.
 *
 * @param user the person
 * @param roles the person's roles with unit names
 */
public record UserListItem(UserRow user, List<RoleLine> roles) {

}
