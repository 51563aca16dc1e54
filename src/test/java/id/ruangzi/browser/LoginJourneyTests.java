package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person in a real Chromium: the login page, the demo login, the home page.
 */
class LoginJourneyTests extends BrowserTestSupport {

	@Test
	void unitHeadLogsInAndSeesTheirUnitOnTheHomePage() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/");

			assertThat(page).hasURL("http://localhost:" + this.port + "/login");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Masuk ke Ruang ZI")))
				.isVisible();
			page.getByLabel("Nama pengguna").fill("kepala");
			page.getByLabel("Kata sandi").fill("ruangzi-demo");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Selamat datang, Hj. Siti Rahmawati, S.Ag., M.Pd.I.");
			assertThat(page.getByText("Kepala unit pada MTsN 2 Bandar Lampung")).isVisible();
			screenshot(page, "home-kepala");
		}
	}

	@Test
	void unknownPageShowsTheNotFoundPageInsideTheLayout() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "kepala");
			var response = page.navigate("http://localhost:" + this.port + "/tidak-ada");

			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Halaman tidak ditemukan");
			assertThat(page.getByText("Masuk sebagai Hj. Siti Rahmawati, S.Ag., M.Pd.I.")).isVisible();
			assertThat(page.locator("body")).not().containsText("Exception");
			screenshot(page, "not-found");
		}
	}

	@Test
	void homePageIsUsableOnAPhone() {
		try (BrowserContext context = session.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = context.newPage();
			logIn(page, "kepala");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buka navigasi")).click();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar"))).isVisible();
			screenshot(page, "home-kepala-phone");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxChangesAtLoginAndDiesAtLogout() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			String before = sessionId(context);
			logIn(page, "anggota");
			com.microsoft.playwright.options.Cookie cookie = context.cookies()
				.stream()
				.filter((c) -> c.name.equals("JSESSIONID"))
				.findFirst()
				.orElseThrow();
			org.assertj.core.api.Assertions.assertThat(cookie.httpOnly).isTrue();
			org.assertj.core.api.Assertions.assertThat(cookie.sameSite)
				.isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
			org.assertj.core.api.Assertions.assertThat(cookie.value).as("session id after login").isNotEqualTo(before);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar")).click();
			assertThat(page).hasURL(url("/login?logout"));
			// The old session id is worth nothing any more.
			context.addCookies(java.util.List
				.of(new com.microsoft.playwright.options.Cookie("JSESSIONID", cookie.value).setDomain("localhost")
					.setPath("/")));
			page.navigate(url("/"));
			assertThat(page).hasURL(url("/login"));
		}
	}

	private static String sessionId(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter((c) -> c.name.equals("JSESSIONID"))
			.map((c) -> c.value)
			.findFirst()
			.orElse("");
	}

}
