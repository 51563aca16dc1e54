package id.ruangzi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every module sees it: who they are and which roles they hold
 * where. Granted authorities carry the role names only; where a role applies is in
 * {@link #grants()}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String fullName;

	private String passwordHash;

	private final boolean active;

	private final Set<RoleGrant> grants;

	private final boolean mustChangePassword;

	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean active,
			Set<RoleGrant> grants) {
		this(id, username, fullName, passwordHash, active, grants, false);
	}

	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean active,
			Set<RoleGrant> grants, boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.active = active;
		this.grants = Set.copyOf(grants);
		this.mustChangePassword = mustChangePassword;
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Set<RoleGrant> grants() {
		return this.grants;
	}

	/**
	 * Whether the person must choose a new password before doing anything else (after an
	 * administrator's reset or an import).
	 * @return true while the temporary password is still in use
	 */
	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isAdministrator() {
		return this.grants.stream().anyMatch((grant) -> grant.role() == Role.ADMINISTRATOR);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = this.grants.stream()
			.map((grant) -> new SimpleGrantedAuthority("ROLE_" + grant.role().name()))
			.distinct()
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	// Sessions are looked up by principal (for "deactivated users lose their sessions"),
	// so
	// equality is the person, not the snapshot of their roles.
	@Override
	public boolean equals(Object other) {
		return (other instanceof CurrentUser that) && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
