package id.ruangzi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.ruangzi.identity.internal.UserRules;

/**
 * A temporary password an administrator sets for someone else.
 */
record ResetPasswordForm(@NotBlank(message = "{identity.field.required}") @Size(min = UserRules.MIN_PASSWORD_LENGTH,
		message = "{identity.password.tooShort}") String password) {

	static ResetPasswordForm empty() {
		return new ResetPasswordForm("");
	}

}
