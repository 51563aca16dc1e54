package id.ruangzi.notification;

import java.util.EnumSet;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.notification.internal.MailPreferences;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everyone turns e-mail kinds off and picks the language of their e-mails on their own
 * settings page.
 */
@IntegrationTest
@Transactional
class MailPreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailPreferences preferences;

	@Autowired
	UserDetailsService users;

	@Test
	void everyKindIsOnAndTheLanguageIndonesianUntilThePersonChooses() throws Exception {
		MailSettings settings = this.preferences.of(principal("anggota").id());
		assertThat(settings.enabled()).containsExactlyInAnyOrder(MailKind.values());
		assertThat(settings.language()).isEqualTo("id");
		this.mvc.perform(get("/me/notifications/email").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"TASK_DUE_7\" checked")))
			.andExpect(content().string(containsString("Pengiriman e-mail belum diaktifkan")));
	}

	@Test
	void turningKindsOffAndChoosingEnglishIsStoredForThatPersonOnly() throws Exception {
		this.mvc
			.perform(post("/me/notifications/email").with(as("anggota"))
				.with(csrf())
				.param("enabled", "TASK_DUE_1", "REVIEW_COMPLETED")
				.param("language", "en"))
			.andExpect(redirectedUrl("/me/notifications/email"))
			.andExpect(flash().attributeExists("flashSuccess"));

		MailSettings mine = this.preferences.of(principal("anggota").id());
		assertThat(mine.enabled()).isEqualTo(EnumSet.of(MailKind.TASK_DUE_1, MailKind.REVIEW_COMPLETED));
		assertThat(mine.locale().getLanguage()).isEqualTo("en");
		assertThat(this.preferences.of(principal("guru").id()).enabled()).hasSize(MailKind.values().length);
	}

	@Test
	void untickingEveryKindTurnsAllEmailOff() throws Exception {
		this.mvc.perform(post("/me/notifications/email").with(as("guru")).with(csrf()).param("language", "id"))
			.andExpect(redirectedUrl("/me/notifications/email"));

		assertThat(this.preferences.of(principal("guru").id()).enabled()).isEmpty();
	}

	@Test
	void anUnknownLanguageIsAFieldErrorNotAFailure() throws Exception {
		this.mvc.perform(post("/me/notifications/email").with(as("guru")).with(csrf()).param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));

		assertThat(this.preferences.of(principal("guru").id()).language()).isEqualTo("id");
	}

	@Test
	void theProfilePageLinksToTheEmailSettings() throws Exception {
		this.mvc.perform(get("/account/password").with(as("guru")))
			.andExpect(content().string(containsString("href=\"/me/notifications/email\"")));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
