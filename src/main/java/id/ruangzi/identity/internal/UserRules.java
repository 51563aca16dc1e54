package id.ruangzi.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a person's data, shared by the forms (as Bean Validation patterns) and
 * the CSV import, so that both accept exactly the same values.
 */
public final class UserRules {

	/** Letters, digits, dot, dash and underscore; 3 to 60 characters. */
	public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._-]{2,59}";

	/** Empty, or the 18 digits of a civil servant's NIP. */
	public static final String NIP = "(\\d{18})?";

	/** Empty, or a plain address with a dotted domain. */
	public static final String EMAIL = "([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})?";

	/** Empty, or digits with the usual separators. */
	public static final String PHONE = "(\\+?[0-9 ()-]{6,30})?";

	public static final int MIN_PASSWORD_LENGTH = 10;

	// BCrypt reads at most 72 bytes, and Spring Security refuses longer input.
	static final int MAX_PASSWORD_BYTES = 72;

	// These words are routes under /admin/users/, so no person may be called that.
	private static final Set<String> RESERVED_USERNAMES = Set.of("new", "import");

	private UserRules() {
	}

	/**
	 * Trims a value.
	 * @param value the raw value
	 * @return the trimmed value, or null when blank
	 */
	public static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * NIPs are often written in groups ("19800101 200501 1 001"); the spaces are not part
	 * of the number.
	 * @param value the raw value
	 * @return the digits without blanks, or null when blank
	 */
	public static String cleanNip(String value) {
		return (value == null || value.isBlank()) ? null : value.replaceAll("\\s", "");
	}

	public static boolean validUsername(String username) {
		return username != null && username.matches(USERNAME)
				&& !RESERVED_USERNAMES.contains(username.toLowerCase(Locale.ROOT));
	}

	public static boolean validNip(String nip) {
		return nip == null || nip.matches(NIP);
	}

	public static boolean validEmail(String email) {
		return email == null || (email.length() <= 254 && email.matches(EMAIL));
	}

	public static boolean validPhone(String phone) {
		return phone == null || phone.matches(PHONE);
	}

	/**
	 * Checks a new password against the rules every password must meet.
	 * @param username whose password it is
	 * @param password the new password
	 * @return the message key of the broken rule, if any
	 */
	public static Optional<String> passwordProblem(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("identity.password.tooLong");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("identity.password.equalsUsername");
		}
		return Optional.empty();
	}

}
