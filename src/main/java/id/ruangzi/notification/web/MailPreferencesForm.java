package id.ruangzi.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.MailSettings;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The e-mail settings form: the kinds ticked and the language.
 *
 * @param enabled the kinds the person wants (null when none is ticked)
 * @param language {@code id} or {@code en}
 */
public record MailPreferencesForm(List<MailKind> enabled, @NotNull @Pattern(regexp = "id|en") String language) {

	static final List<String> LANGUAGES = List.of("id", "en");

	static MailPreferencesForm of(MailSettings settings) {
		return new MailPreferencesForm(List.copyOf(settings.enabled()), settings.language());
	}

	public boolean wants(MailKind kind) {
		return this.enabled != null && this.enabled.contains(kind);
	}

	Set<MailKind> enabledKinds() {
		return (this.enabled == null || this.enabled.isEmpty()) ? EnumSet.noneOf(MailKind.class)
				: EnumSet.copyOf(this.enabled);
	}

}
