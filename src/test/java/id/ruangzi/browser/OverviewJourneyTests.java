package id.ruangzi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor follows the units of their Kankemenag from the home page and downloads the
 * recap; an administrator compares two units side by side.
 */
class OverviewJourneyTests extends BrowserTestSupport {

	@Test
	void supervisorOpensTheOverviewOfTheirKankemenagAndDownloadsTheRecap() throws Exception {
		try (BrowserContext context = session.browser()
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
			Page page = context.newPage();
			logIn(page, "pembina");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lihat pemantauan unit")).click();
			assertThat(page.locator("h1"))
				.hasText(java.util.regex.Pattern.compile("di bawah Kankemenag Kota Bandar Lampung tahun \\d{4}$"));
			assertThat(page.locator("#row-MTSN2-BDL .rank")).hasText("1");
			assertThat(page.locator("#overview-table")).not().containsText("MAN 2 Tanah Datar");
			assertThat(page.locator("#overview-groups")).containsText("Kankemenag Kota Bandar Lampung");
			screenshot(page, "reporting/overview-pembina");
			Download download = page.waitForDownload(() -> page.locator("#recap-xlsx").click());
			Path file = Paths.get("target/screenshots/reporting/rekap.xlsx");
			download.saveAs(file);
			assertThat(Files.size(file)).isPositive();
			page.locator("#row-MTSN2-BDL .unit-name").click();
			assertThat(page).hasURL(url("/programmes/1/dashboard"));
		}
	}

	@Test
	void administratorComparesTwoUnitsSideBySide() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "admin");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pemantauan unit").setExact(true))
				.click();
			// The column headers sort: a first click in the column's own direction, a
			// second reverses it, and the sorted header says so to screen readers.
			Locator unitHeader = page.locator("#overview-table th", new Page.LocatorOptions().setHasText("Unit"));
			unitHeader.getByRole(AriaRole.LINK).click();
			assertThat(unitHeader).hasAttribute("aria-sort", "ascending");
			assertThat(page.locator("#overview-table .unit-name").first()).hasText("MAN 2 Tanah Datar");
			unitHeader.getByRole(AriaRole.LINK).click();
			assertThat(unitHeader).hasAttribute("aria-sort", "descending");
			assertThat(page.locator("#overview-table .unit-name").first()).hasText("MTsN 2 Bandar Lampung");
			assertThat(page.locator("#overview-table th[aria-sort]")).hasCount(1);
			screenshot(page, "reporting/overview-sorted-by-unit");
			page.getByLabel("Bandingkan MTsN 2 Bandar Lampung").check();
			page.getByLabel("Bandingkan MAN 2 Tanah Datar").check();
			page.locator("#compare-submit").click();
			assertThat(page.locator("#compare-table thead")).containsText("MTsN 2 Bandar Lampung");
			assertThat(page.locator("#compare-table thead")).containsText("MAN 2 Tanah Datar");
			assertThat(page.locator("#compare-table")).containsText("Nilai IPAK");
			screenshot(page, "reporting/overview-compare");
		}
	}

}
