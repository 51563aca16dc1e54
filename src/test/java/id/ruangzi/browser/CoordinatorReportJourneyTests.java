package id.ruangzi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens the monthly report of their pokja from the programme page and
 * prints it: the printed page carries the table without the navigation.
 */
class CoordinatorReportJourneyTests extends BrowserTestSupport {

	@Test
	void coordinatorOpensTheMonthlyReportAndPrintsItWithoutNavigation() throws Exception {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "koordinator");
			page.navigate(url("/programmes/1"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Capaian kinerja pokja")).click();
			page.getByLabel("Bulan").selectOption("2026-11");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();
			assertThat(page.locator("#pokja-A")).containsText("Pokja Anda");
			assertThat(page.locator("#pokja-report tbody tr")).hasCount(6);
			screenshot(page, "reporting/pokja-report");
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			assertThat(page.locator("nav.navbar")).isHidden();
			assertThat(page.locator("#report-xlsx")).isHidden();
			assertThat(page.locator("#pokja-report")).isVisible();
			screenshot(page, "reporting/pokja-report-print");
			Path pdf = Paths.get("target/screenshots/reporting/pokja-report.pdf");
			page.pdf(new Page.PdfOptions().setPath(pdf).setLandscape(true));
			assertThat(Files.size(pdf)).isPositive();
		}
	}

}
