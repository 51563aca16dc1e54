package id.ruangzi.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.ruangzi.test.Axe;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the pages people use: no violation of impact serious or critical against
 * WCAG 2.1 AA. The script is injected by the test (the app's CSP forbids inline script,
 * so the test context bypasses it); the app itself ships no axe.
 */
class AccessibilityTests extends BrowserTestSupport {

	@Test
	void pagesOfUnitStaffHaveNoSeriousOrCriticalViolations() {
		assertThat(scan("kepala", "/", "/units", "/units/MTSN2-BDL", "/programmes", "/programmes/1",
				"/programmes/1/areas/A", "/programmes/1/hasil", "/account/password"))
			.isEmpty();
	}

	@Test
	void pagesOfTheTeamsWorkHaveNoSeriousOrCriticalViolations() {
		// Pokja 1 is area A of the demo programme.
		assertThat(scan("kepala", "/programmes/1/pokja", "/programmes/1/agents", "/programmes/1/tasks",
				"/programmes/1/tasks/new", "/programmes/1/tasks/templates", "/programmes/1/pokja/1/board",
				"/programmes/1/reports/pokja", "/programmes/1/activities", "/programmes/1/activities/new",
				"/programmes/1/activities/1", "/programmes/1/obstacles", "/programmes/1/obstacles/new"))
			.isEmpty();
		assertThat(scan("anggota", "/me/tasks", "/notifications")).isEmpty();
	}

	@Test
	void pagesOfAdministratorsHaveNoSeriousOrCriticalViolations() {
		assertThat(scan("admin", "/admin/units", "/admin/units/MTSN2-BDL", "/admin/units/import", "/admin/users",
				"/admin/users/kepala", "/admin/templates", "/admin/templates/1", "/admin/login-log"))
			.isEmpty();
	}

	@Test
	void theLoginPageHasNoSeriousOrCriticalViolations() {
		try (BrowserContext context = session.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(Axe.violations(page)).isEmpty();
		}
	}

	private List<String> scan(String username, String... paths) {
		List<String> found = new ArrayList<>();
		try (BrowserContext context = session.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			logIn(page, username);
			for (String path : paths) {
				page.navigate(url(path));
				Axe.violations(page).forEach((violation) -> found.add(path + ": " + violation));
			}
		}
		return found;
	}

}
