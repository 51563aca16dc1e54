package id.ruangzi.e2e;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Journey 8 of issue 9 on a fresh application of its own: an administrator imports units,
 * then users, from CSV; each time a file with one bad row first (nothing changes, the
 * page names the row), then the corrected file, after which the units and users are
 * listed.
 */
@TestPropertySource(properties = { "ruangzi.e2e=administration", "ruangzi.demo-programmes=false" })
class AdministratorImportJourneyTests extends E2eSupport {

	@Test
	void theAdministratorImportsUnitsAndUsersFromCsvAfterABadRowFirst() {
		Journey journey = new Journey("08-administrator-imports");
		try (BrowserContext context = browser()) {
			Page page = logIn(context, journey, "admin");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administrasi")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unit kerja").setExact(true)).click();
			assertThat(heading(page)).hasText("Unit kerja");
			assertThat(page.getByText("MTsN 1 Uji")).hasCount(0);
			journey.step(page, "units-before");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor CSV")).click();
			journey.step(page, "unit-import");

			preview(page, "unit-kerja-salah.csv", """
					code,name,type,parent_code,instansi
					KANWIL-UJI,Kanwil Kemenag Provinsi Uji,KANWIL,,KEMENAG
					KANKEMENAG-UJI,Kankemenag Kota Uji,KANKEMENAG,KANWIL-UJI,KEMENAG
					MTSN1-UJI,MTsN 1 Uji,SEKOLAH,KANKEMENAG-UJI,KEMENAG
					""");
			assertThat(page.getByRole(AriaRole.ALERT).getByText("Baris 4: jenis \u201cSEKOLAH\u201d tidak dikenal."))
				.isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan"))).hasCount(0);
			journey.step(page, "unit-bad-row-named");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administrasi")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unit kerja").setExact(true)).click();
			assertThat(heading(page)).hasText("Unit kerja");
			assertThat(page.getByText("Kanwil Kemenag Provinsi Uji")).hasCount(0);
			journey.step(page, "units-unchanged");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor CSV")).click();

			preview(page, "unit-kerja.csv", """
					code,name,type,parent_code,instansi
					KANWIL-UJI,Kanwil Kemenag Provinsi Uji,KANWIL,,KEMENAG
					KANKEMENAG-UJI,Kankemenag Kota Uji,KANKEMENAG,KANWIL-UJI,KEMENAG
					MTSN1-UJI,MTsN 1 Uji,MADRASAH,KANKEMENAG-UJI,KEMENAG
					""");
			assertThat(page.getByText("Semua baris valid.")).isVisible();
			journey.step(page, "unit-preview");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan")).click();
			assertThat(page.getByText("3 unit kerja telah diimpor.")).isVisible();
			journey.step(page, "units-imported");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administrasi")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pengguna").setExact(true)).click();
			assertThat(heading(page)).hasText("Pengguna");
			journey.step(page, "users-before");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor pengguna")).click();
			preview(page, "pengguna-salah.csv", """
					username,full_name,nip,email,phone,password,roles
					kepala.uji,Ahmad Sulaiman,,kepala.uji@example.org,,kata-sandi-awal-1,UNIT_HEAD@MTSN1-UJI
					guru.uji,Siti Aminah,,guru.uji@example.org,,kata-sandi-awal-2,MEMBER@MTSN9-UJI
					""");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Baris 3");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("MTSN9-UJI");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan"))).hasCount(0);
			journey.step(page, "user-bad-row-named");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kembali ke daftar pengguna")).click();
			assertThat(page.getByText("Ahmad Sulaiman")).hasCount(0);
			journey.step(page, "users-unchanged");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Impor pengguna")).click();

			preview(page, "pengguna.csv", """
					username,full_name,nip,email,phone,password,roles
					kepala.uji,Ahmad Sulaiman,,kepala.uji@example.org,,kata-sandi-awal-1,UNIT_HEAD@MTSN1-UJI
					guru.uji,Siti Aminah,,guru.uji@example.org,,kata-sandi-awal-2,MEMBER@MTSN1-UJI
					""");
			assertThat(page.getByText("Berkas siap: 2 pengguna akan dibuat.")).isVisible();
			journey.step(page, "user-preview");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terapkan")).click();
			assertThat(page.getByText("2 pengguna telah diimpor.")).isVisible();
			journey.step(page, "users-imported");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administrasi")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pengguna").setExact(true)).click();
			assertThat(page.getByText("Ahmad Sulaiman")).isVisible();
			assertThat(page.getByText("Siti Aminah")).isVisible();
			journey.step(page, "users-listed");
		}
		journey.assertAccessible();
	}

	private static void preview(Page page, String name, String csv) {
		page.getByLabel("Berkas CSV")
			.setInputFiles(new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pratinjau")).click();
	}

	private static com.microsoft.playwright.Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

}
