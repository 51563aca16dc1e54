package id.ruangzi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.ruangzi.identity.internal.PersonDetails;
import id.ruangzi.identity.internal.UserRules;

/**
 * A new person, as the administrator types it.
 */
record NewUserForm(
		@NotBlank(message = "{identity.field.required}") @Pattern(regexp = UserRules.USERNAME,
				message = "{identity.user.username.invalid}") String username,
		@NotBlank(message = "{identity.field.required}") @Size(max = 200,
				message = "{identity.user.fullName.tooLong}") String fullName,
		@Pattern(regexp = UserRules.NIP, message = "{identity.user.nip.invalid}") String nip,
		@Size(max = 254, message = "{identity.user.email.invalid}") @Pattern(regexp = UserRules.EMAIL,
				message = "{identity.user.email.invalid}") String email,
		@Pattern(regexp = UserRules.PHONE, message = "{identity.user.phone.invalid}") String phone,
		@NotBlank(message = "{identity.field.required}") @Size(min = UserRules.MIN_PASSWORD_LENGTH,
				message = "{identity.password.tooShort}") String password) {

	NewUserForm {
		username = (username != null) ? username.trim() : null;
		nip = UserRules.cleanNip(nip);
		email = UserRules.clean(email);
		phone = UserRules.clean(phone);
	}

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", "", "");
	}

	PersonDetails details() {
		return new PersonDetails(this.fullName, this.nip, this.email, this.phone);
	}

}
