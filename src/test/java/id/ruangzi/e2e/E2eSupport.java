package id.ruangzi.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.Axe;
import id.ruangzi.test.BrowserSession;
import id.ruangzi.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What an end-to-end journey needs: its own application on a random port with its own
 * fresh embedded database (each subclass names a distinct {@code ruangzi.e2e} property,
 * so Spring's context cache never shares it, and the context is closed afterwards), one
 * Chromium, logging in as a person does, and a {@link Journey} that screenshots every
 * step and scans every page with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class E2eSupport {

	static final String PASSWORD = "ruangzi-demo";

	static BrowserSession session;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		session = BrowserSession.start();
	}

	@AfterAll
	static void stopBrowser() {
		session.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A browser of its own for one person; axe needs the CSP bypassed to be injected. */
	BrowserContext browser() {
		return session.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("id-ID"));
	}

	/** Opens the login page, signs in, and lands on the home page. */
	Page logIn(BrowserContext context, Journey journey, String username) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill(PASSWORD);
		journey.step(page, "login-" + username);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		assertThat(page).hasURL(url("/"));
		journey.step(page, "home-" + username);
		return page;
	}

	/**
	 * One journey's record: numbered full-page screenshots under
	 * {@code target/e2e/<journey>/} and the axe-core violations of every page seen.
	 */
	static final class Journey {

		private final String name;

		private final Set<String> violations = new LinkedHashSet<>();

		private final Set<String> scanned = new HashSet<>();

		private int step;

		Journey(String name) {
			this.name = name;
		}

		void step(Page page, String what) {
			this.step++;
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target/e2e", this.name, String.format("%02d-%s.png", this.step, what)))
				.setFullPage(true));
			String where = page.url();
			// Every page is scanned once per journey; axe takes seconds on the long ones.
			if (this.scanned.add(where)) {
				Axe.violations(page).forEach((violation) -> this.violations.add(where + " " + violation));
			}
		}

		List<String> violations() {
			return new ArrayList<>(this.violations);
		}

		/** No serious or critical axe-core violation on any page this journey saw. */
		void assertAccessible() {
			org.assertj.core.api.Assertions.assertThat(violations())
				.as("axe-core serious/critical violations (page, rule) in journey %s", this.name)
				.isEmpty();
		}

	}

}
