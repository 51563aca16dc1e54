package id.ruangzi.test;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser test needs: one Chromium per test class, the app's address, logging
 * in as a demo user the way a person does, and screenshots under
 * {@code target/screenshots}.
 */
@IntegrationTest
public abstract class BrowserTestSupport {

	protected static BrowserSession session;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		session = BrowserSession.start();
	}

	@AfterAll
	static void stopBrowser() {
		session.close();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill("ruangzi-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		assertThat(page).hasURL(url("/"));
	}

	protected static void screenshot(Page page, String path) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", path + ".png")).setFullPage(true));
	}

}
