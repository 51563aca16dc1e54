package id.ruangzi.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as administrators manage them: list, create, edit, deactivate, reset passwords.
 * Every method checks that the caller is an administrator.
 */
@Service
@Transactional
public class UserAdministration {

	static final int PAGE_SIZE = 20;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SessionRegistry sessionRegistry;

	private final RoleLines roleLines;

	UserAdministration(UserAccountRepository users, PasswordEncoder passwordEncoder, SessionRegistry sessionRegistry,
			RoleLines roleLines) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessionRegistry = sessionRegistry;
		this.roleLines = roleLines;
	}

	/**
	 * Refuses anyone but an administrator.
	 * @param caller the signed-in user
	 */
	public static void requireAdministrator(CurrentUser caller) {
		if (caller == null || !caller.isAdministrator()) {
			throw new ForbiddenException("user administration");
		}
	}

	/**
	 * One page of people whose username or name contains the query, with their roles: a
	 * page query, a count, one query for the page's roles and one for their units.
	 */
	@Transactional(readOnly = true)
	public Page<UserListItem> list(CurrentUser caller, String query, int page) {
		requireAdministrator(caller);
		String text = (query != null) ? query.trim().toLowerCase(Locale.ROOT) : "";
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Page<UserRow> rows = this.users.search(pattern, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		List<Long> ids = rows.map(UserRow::id).toList();
		Map<Long, List<RoleLine>> roles = ids.isEmpty() ? Map.of()
				: this.roleLines.byUser(this.users.findGrantsOf(ids));
		return rows.map((row) -> new UserListItem(row, roles.getOrDefault(row.id(), List.of())));
	}

	@Transactional(readOnly = true)
	public UserView find(CurrentUser caller, String username) {
		requireAdministrator(caller);
		UserAccount account = load(username);
		return new UserView(account.getUsername(), account.getFullName(), account.getNip(), account.getEmail(),
				account.getPhone(), account.isActive(), account.isMustChangePassword(), account.getVersion(),
				this.roleLines.of(account.getGrants()));
	}

	/**
	 * Creates a person without roles; the initial password is theirs to keep.
	 * @return the username as stored
	 */
	public String create(CurrentUser caller, String username, PersonDetails details, String password) {
		requireAdministrator(caller);
		String name = UserRules.clean(username);
		if (!UserRules.validUsername(name)) {
			throw new FieldRejected("username", "identity.user.username.invalid");
		}
		if (this.users.existsByUsernameIgnoreCase(name)) {
			throw new FieldRejected("username", "identity.user.username.taken");
		}
		UserRules.passwordProblem(name, password).ifPresent((key) -> {
			throw new FieldRejected("password", key);
		});
		UserAccount account = new UserAccount(name, details.fullName(), this.passwordEncoder.encode(password),
				Set.of());
		account.describe(details.fullName(), details.nip(), details.email(), details.phone());
		this.users.save(account);
		return name;
	}

	/**
	 * Changes a person's details, unless someone else changed them since the form was
	 * opened (409).
	 */
	public void update(CurrentUser caller, String username, PersonDetails details, long version) {
		requireAdministrator(caller);
		UserAccount account = load(username);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
		}
		account.describe(details.fullName(), details.nip(), details.email(), details.phone());
	}

	/**
	 * Activates or deactivates a person. A deactivated person cannot log in, and their
	 * open sessions end.
	 */
	public void setActive(CurrentUser caller, String username, boolean active) {
		requireAdministrator(caller);
		UserAccount account = load(username);
		if (!active && account.getId().equals(caller.id())) {
			throw new FieldRejected("active", "identity.user.deactivate.self");
		}
		account.setActive(active);
		if (!active) {
			expireSessions(account);
		}
	}

	/**
	 * Sets a temporary password that the person must replace at their next login; their
	 * open sessions end, so the next request goes through that login.
	 */
	public void resetPassword(CurrentUser caller, String username, String temporaryPassword) {
		requireAdministrator(caller);
		UserAccount account = load(username);
		UserRules.passwordProblem(account.getUsername(), temporaryPassword).ifPresent((key) -> {
			throw new FieldRejected("password", key);
		});
		account.changePassword(this.passwordEncoder.encode(temporaryPassword), true);
		expireSessions(account);
	}

	private void expireSessions(UserAccount account) {
		// CurrentUser equality is the account id, so any snapshot finds the sessions.
		this.sessionRegistry.getAllSessions(account.toCurrentUser(), false).forEach(SessionInformation::expireNow);
	}

	private UserAccount load(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("user " + username));
	}

}
