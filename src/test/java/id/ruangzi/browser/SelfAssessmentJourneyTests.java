package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator answers an LKE item of area A with the keyboard alone and sees the area
 * score change without the page reloading.
 */
class SelfAssessmentJourneyTests extends BrowserTestSupport {

	@Test
	void coordinatorAnswersAnItemWithTheKeyboardAndSeesTheAreaScoreChange() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "koordinator");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program ZI")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MTsN 2 Bandar Lampung 2026")).click();
			screenshot(page, "self-assessment/overview");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Area A: Manajemen Perubahan")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Area A: Manajemen Perubahan");
			String before = page.locator("#section-score").textContent();
			// A full page load would drop this marker.
			page.evaluate("() => { window.notReloaded = true; }");

			// PPA2B is unanswered, so its "Belum dijawab" radio is the group's tab stop.
			for (int i = 0; i < 200 && !"PPA2B-none".equals(activeId(page)); i++) {
				page.keyboard().press("Tab");
			}
			org.assertj.core.api.Assertions.assertThat(activeId(page)).isEqualTo("PPA2B-none");
			page.keyboard().press("ArrowDown");

			assertThat(page.getByRole(AriaRole.STATUS)
				.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("PPA2B tersimpan")))
				.isVisible();
			assertThat(page.locator("#PPA2B-A")).isChecked();
			assertThat(page.locator("#section-score")).not().hasText(before);
			org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded === true"))
				.isEqualTo(true);
			// Focus stays on the answer, so the person can go on with the keyboard.
			org.assertj.core.api.Assertions.assertThat(activeId(page)).isEqualTo("PPA2B-A");
			screenshot(page, "self-assessment/area-a");

			// Back to unanswered, so the shared demo data stays as it was.
			page.keyboard().press("ArrowUp");
			assertThat(page.locator("#PPA2B-none")).isChecked();
			assertThat(page.locator("#section-score")).hasText(before);
		}
	}

	private static String activeId(Page page) {
		return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
	}

}
