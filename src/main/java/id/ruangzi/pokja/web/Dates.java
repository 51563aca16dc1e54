package id.ruangzi.pokja.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates typed in forms: {@code yyyy-MM-dd} as a date input sends them.
 */
final class Dates {

	private Dates() {
	}

	/**
	 * @param text the typed date
	 * @return the date, or null when blank
	 * @throws DateTimeParseException when it is not a date
	 */
	static LocalDate parse(String text) {
		return (text == null || text.isBlank()) ? null : LocalDate.parse(text.strip());
	}

	/** Whether the text is blank or a valid date. */
	static boolean valid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
