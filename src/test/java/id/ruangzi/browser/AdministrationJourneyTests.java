package id.ruangzi.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator imports units from CSV in a real browser: first a file with a bad row
 * (nothing changes, the row is named), then a good one. A supervisor then sees only their
 * scope.
 */
class AdministrationJourneyTests extends BrowserTestSupport {

	@Test
	void administratorImportsUnitsAfterFixingABadRow() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "admin");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administrasi")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unit kerja").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Unit kerja");
			screenshot(page, "administration/01-unit-tree");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor CSV")).click();
			upload(page, "bad.csv", """
					code,name,type,parent_code,instansi
					KANWIL-UJI,Kanwil Kemenag Provinsi Uji,KANWIL,,KEMENAG
					KANKEMENAG-UJI,Kankemenag Kota Uji,KANKEMENAG,KANWIL-UJI,KEMENAG
					MTSN1-UJI,MTsN 1 Uji,SEKOLAH,KANKEMENAG-UJI,KEMENAG
					""");
			assertThat(page.getByRole(AriaRole.ALERT).getByText("Baris 4: jenis \u201cSEKOLAH\u201d tidak dikenal."))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan"))).hasCount(0);
			screenshot(page, "administration/02-import-bad-row");

			upload(page, "good.csv", """
					code,name,type,parent_code,instansi
					MTSN1-UJI,MTsN 1 Uji,MADRASAH,KANKEMENAG-UJI,KEMENAG
					KANWIL-UJI,Kanwil Kemenag Provinsi Uji,KANWIL,,KEMENAG
					KANKEMENAG-UJI,Kankemenag Kota Uji,KANKEMENAG,KANWIL-UJI,KEMENAG
					""");
			assertThat(page.getByText("Semua baris valid.")).isVisible();
			screenshot(page, "administration/03-import-preview");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan")).click();
			assertThat(page.getByText("3 unit kerja telah diimpor.")).isVisible();
			screenshot(page, "administration/04-import-applied");

			page.navigate(url("/admin/users"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pengguna");
			screenshot(page, "administration/05-users");
		}
	}

	@Test
	void supervisorSeesOnlyTheUnitsTheyCoach() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "pembina");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unit kerja saya")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MTsN 2 Bandar Lampung")))
				.isVisible();
			assertThat(page.getByText("MAN 2 Tanah Datar")).hasCount(0);
			screenshot(page, "administration/06-supervisor-units");
			var response = page.navigate(url("/units/MAN2-TDT"));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		}
	}

	private void upload(Page page, String name, String csv) {
		page.getByLabel("Berkas CSV")
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pratinjau")).click();
	}

}
