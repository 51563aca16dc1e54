package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervisor (pembina) records a coaching visit on MTsN 2 Bandar Lampung with
 * feedback; the unit head then finds it on the unit's activity list, marked as coming
 * from the supervisor, and reads the feedback on its page.
 */
class ActivityJourneyTests extends BrowserTestSupport {

	@Test
	void supervisorRecordsACoachingVisitAndTheUnitHeadReadsTheFeedback() {
		String title = "Pendampingan uji " + System.nanoTime();
		String feedback = "Lengkapi SOP pengaduan dan laporan gratifikasi sebelum kunjungan berikutnya.";
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "pembina");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program ZI")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MTsN 2 Bandar Lampung 2026")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kegiatan").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catat kunjungan pendampingan")).click();
			assertThat(page.getByLabel("Jenis kegiatan")).hasValue("PENDAMPINGAN");
			page.getByLabel("Judul").fill(title);
			page.getByLabel("Tanggal").fill("2026-03-17");
			page.getByLabel("Tempat").fill("Ruang kepala madrasah");
			page.getByLabel("Hj. Siti Rahmawati, S.Ag., M.Pd.I.").check();
			page.getByLabel("Tamu dari luar unit").fill("Pengawas madrasah");
			page.getByLabel("Ringkasan / notulen").fill("Meninjau **eviden area E**.");
			page.getByLabel("Masukan pembina").fill(feedback);
			screenshot(page, "activity/visit-form");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
			assertThat(page.locator("#minutes strong")).hasText("eviden area E");
		}
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "kepala");
			page.navigate(url("/programmes/1"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kegiatan").setExact(true)).click();
			Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(title));
			assertThat(row).containsText("Dari pembina");
			assertThat(row).containsText(feedback);
			screenshot(page, "activity/unit-head-list");
			row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("#supervisor-feedback")).containsText(feedback);
			assertThat(page.locator("#participants")).containsText("Pengawas madrasah (tamu)");
			// The unit head may correct the visit but never sees a feedback field to
			// change.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ubah kegiatan")).click();
			assertThat(page.getByLabel("Masukan pembina")).hasCount(0);
			page.goBack();
			screenshot(page, "activity/unit-head-detail");
		}
	}

}
