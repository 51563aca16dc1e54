package id.ruangzi.identity.internal;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every person changes their own password here, and must after a reset or an import.
 */
@Service
@Transactional
public class OwnPassword {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	OwnPassword(UserAccountRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Changes the caller's password.
	 * @param caller the signed-in user
	 * @param currentPassword what the caller says their password is now
	 * @param newPassword the new password
	 * @param confirmation the new password typed again
	 * @return the caller as they are now, to refresh the session with
	 */
	public CurrentUser change(CurrentUser caller, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = this.users.findByUsernameIgnoreCase(caller.getUsername())
			.orElseThrow(() -> new NotFoundException("user " + caller.getUsername()));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new FieldRejected("currentPassword", "identity.password.wrongCurrent");
		}
		UserRules.passwordProblem(account.getUsername(), newPassword).ifPresent((key) -> {
			throw new FieldRejected("newPassword", key);
		});
		if (newPassword.equals(currentPassword)) {
			throw new FieldRejected("newPassword", "identity.password.sameAsCurrent");
		}
		if (!newPassword.equals(confirmation)) {
			throw new FieldRejected("confirmation", "identity.password.mismatch");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), false);
		return account.toCurrentUser();
	}

}
