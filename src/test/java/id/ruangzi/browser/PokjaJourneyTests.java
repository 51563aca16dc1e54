package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The unit head opens the team page from the programme, seats a person in a pokja with a
 * position, and removes them again so the shared demo data stays as it was.
 */
class PokjaJourneyTests extends BrowserTestSupport {

	@Test
	void unitHeadAddsAMemberToAPokjaOnTheTeamPage() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "kepala");
			page.navigate(url("/programmes/1"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tim Kerja ZI dan pokja")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Tim Kerja ZI MTsN 2 Bandar Lampung 2026");

			Locator pokjaB = page.locator("#pokja-B");
			assertThat(pokjaB.locator("#member-2-guru")).hasCount(0);
			pokjaB.getByLabel("Pegawai").selectOption(new SelectOption().setValue("guru"));
			pokjaB.getByLabel("Jabatan", new Locator.GetByLabelOptions().setExact(true))
				.selectOption(new SelectOption().setValue("SEKRETARIS"));
			pokjaB.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tambah anggota")).click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("tercatat di Penataan Tatalaksana");
			Locator row = page.locator("#pokja-B #member-2-guru");
			assertThat(row).isVisible();
			assertThat(row.locator("select[name=position]")).hasValue("SEKRETARIS");
			screenshot(page, "pokja/member-added");

			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keluarkan")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("dikeluarkan");
			assertThat(page.locator("#pokja-B #member-2-guru")).hasCount(0);
		}
	}

}
