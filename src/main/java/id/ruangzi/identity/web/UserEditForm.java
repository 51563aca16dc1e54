package id.ruangzi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.ruangzi.identity.internal.PersonDetails;
import id.ruangzi.identity.internal.UserRules;
import id.ruangzi.identity.internal.UserView;

/**
 * A person's details on the edit page; the version detects a stale edit.
 */
record UserEditForm(
		@NotBlank(message = "{identity.field.required}") @Size(max = 200,
				message = "{identity.user.fullName.tooLong}") String fullName,
		@Pattern(regexp = UserRules.NIP, message = "{identity.user.nip.invalid}") String nip,
		@Size(max = 254, message = "{identity.user.email.invalid}") @Pattern(regexp = UserRules.EMAIL,
				message = "{identity.user.email.invalid}") String email,
		@Pattern(regexp = UserRules.PHONE, message = "{identity.user.phone.invalid}") String phone,
		@NotNull Long version) {

	UserEditForm {
		nip = UserRules.cleanNip(nip);
		email = UserRules.clean(email);
		phone = UserRules.clean(phone);
	}

	static UserEditForm of(UserView user) {
		return new UserEditForm(user.fullName(), user.nip(), user.email(), user.phone(), user.version());
	}

	PersonDetails details() {
		return new PersonDetails(this.fullName, this.nip, this.email, this.phone);
	}

}
