package id.ruangzi.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit head opens the readiness dashboard from the home page and finds the gates, the
 * areas drawn as bars and radar, the forecast and the tasks per pokja; the pages pass axe
 * (WCAG 2.1 AA, no serious or critical violation), as in {@link AccessibilityTests}.
 */
class DashboardJourneyTests extends BrowserTestSupport {

	private static final String AXE_RUN = """
			async () => {
			  const result = await axe.run(document, {
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '));
			}
			""";

	private static String axe;

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream in = DashboardJourneyTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

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

	@SuppressWarnings("unchecked")
	private void scan(String username, String path, List<String> found) {
		try (BrowserContext context = session.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			logIn(page, username);
			page.navigate(url(path));
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
			((List<String>) page.evaluate(AXE_RUN)).forEach((violation) -> found.add(path + ": " + violation));
			screenshot(page, "reporting" + path.replace('/', '-'));
		}
	}

}
