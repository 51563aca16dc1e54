package id.ruangzi.notification;

import java.util.Locale;
import java.util.Set;

/**
 * A person's e-mail settings.
 *
 * @param enabled the kinds they receive
 * @param language the language of their e-mails: {@code id} (the default) or {@code en}
 */
public record MailSettings(Set<MailKind> enabled, String language) {

	/** The language when a person chose none. */
	public static final String DEFAULT_LANGUAGE = "id";

	/**
	 * @return the locale the e-mails are written in
	 */
	public Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

	/**
	 * @param kind a kind of e-mail
	 * @return whether the person receives it
	 */
	public boolean wants(MailKind kind) {
		return this.enabled.contains(kind);
	}

}
