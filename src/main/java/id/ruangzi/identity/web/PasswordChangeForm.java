package id.ruangzi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.ruangzi.identity.internal.UserRules;

/**
 * A person's own password change.
 */
record PasswordChangeForm(@NotBlank(message = "{identity.field.required}") String currentPassword,
		@NotBlank(message = "{identity.field.required}") @Size(min = UserRules.MIN_PASSWORD_LENGTH,
				message = "{identity.password.tooShort}") String newPassword,
		@NotBlank(message = "{identity.field.required}") String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
