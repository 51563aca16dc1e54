package id.ruangzi.identity.internal;

/**
 * What an administrator types about a person, already trimmed.
 *
 * @param fullName the full name
 * @param nip the NIP, or null
 * @param email the e-mail address, or null
 * @param phone the phone number, or null
 */
public record PersonDetails(String fullName, String nip, String email, String phone) {

	public PersonDetails {
		fullName = UserRules.clean(fullName);
		nip = UserRules.cleanNip(nip);
		email = UserRules.clean(email);
		phone = UserRules.clean(phone);
	}

}
