package id.ruangzi.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.ruangzi.test.Axe;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit head opens the readiness dashboard from the home page and finds the gates, the
 * areas drawn as bars and radar, the forecast and the tasks per pokja; the pages pass axe
 * (WCAG 2.1 AA, no serious or critical violation), as in {@link AccessibilityTests}.
 */
class DashboardJourneyTests extends BrowserTestSupport {

	@Test
	void theUnitHeadSeesGatesAreasForecastAndTasksOnTheDashboard() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			List<String> errors = new ArrayList<>();
			page.onPageError(errors::add);
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					errors.add(message.text());
				}
			});
			logIn(page, "kepala");
			page.navigate(url("/"));
			page.locator("a.home-dashboard").first().click();
			page.waitForURL("**/programmes/1/dashboard");
			assertThat(page.locator("h1")).containsText("MTsN 2 Bandar Lampung");
			assertThat(page.locator("#gate-TOTAL")).isVisible();
			assertThat(page.locator("#gate-PENGUNGKIT")).isVisible();
			assertThat(page.locator("#areas-table tbody tr")).hasCount(6);
			assertThat(page.locator("#forecast-reach")).containsText("Dengan laju saat ini");
			assertThat(page.locator("#tasks-table tbody tr")).hasCount(6);
			for (String chart : new String[] { "chart-areas", "chart-radar", "chart-history" }) {
				Object drawn = page.evaluate("(id) => Chart.getChart(id) !== undefined", chart);
				assertThat(drawn).as(chart).isEqualTo(true);
			}
			page.locator("#tasks-heading").scrollIntoViewIfNeeded();
			screenshot(page, "reporting/dashboard");
			assertThat(errors).isEmpty();
		}
	}

	@Test
	void theDashboardAndTheCoordinatorHomeHaveNoSeriousOrCriticalViolations() {
		List<String> found = new ArrayList<>();
		scan("kepala", "/programmes/1/dashboard", found);
		scan("koordinator", "/programmes/1/coordinator", found);
		assertThat(found).isEmpty();
	}

	private void scan(String username, String path, List<String> found) {
		try (BrowserContext context = session.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			logIn(page, username);
			page.navigate(url(path));
			Axe.violations(page).forEach((violation) -> found.add(path + ": " + violation));
			screenshot(page, "reporting" + path.replace('/', '-'));
		}
	}

}
