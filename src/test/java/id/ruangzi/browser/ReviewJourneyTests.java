package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The unit head submits MTsN 2 Bandar Lampung's programme, the supervisor asks for a
 * revision of one item with a note and returns it, and the unit head reads the note.
 * Afterwards the demo programme is put back as it was, for the other tests.
 */
class ReviewJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreTheDemoProgramme() {
		this.jdbc.sql("delete from review_comment where programme_id = 1").update();
		this.jdbc.sql("delete from review_round where programme_id = 1").update();
		this.jdbc.sql("update programme set stage = 'PEMBANGUNAN' where id = 1").update();
	}

	@Test
	void unitSubmitsSupervisorAsksForARevisionAndTheUnitSeesTheNote() {
		try (BrowserContext unit = session.browser().newContext();
				BrowserContext supervisor = session.browser().newContext()) {
			Page kepala = unit.newPage();
			logIn(kepala, "kepala");
			kepala.navigate(url("/programmes/1"));
			kepala.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pengajuan dan reviu")).click();
			kepala.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajukan ke pembina")).click();
			assertThat(kepala.getByRole(AriaRole.STATUS)).containsText("putaran 1");
			assertThat(kepala.locator("#stage")).hasText("Diajukan");
			screenshot(kepala, "review/submitted");

			Page pembina = supervisor.newPage();
			logIn(pembina, "pembina");
			pembina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reviu").setExact(true)).click();
			pembina.locator("#queue").getByRole(AriaRole.LINK).first().click();
			Locator item = pembina.locator("#item-PPA1A");
			item.locator("#verdict-PPA1A").selectOption(new SelectOption().setValue("PERLU_REVISI"));
			item.locator("#option-PPA1A").selectOption(new SelectOption().setValue("TIDAK"));
			item.locator("#note-PPA1A").fill("Unggah SK tim kerja yang ditandatangani kepala");
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan")).click();
			assertThat(pembina.getByRole(AriaRole.STATUS)).containsText("PPA1A");
			assertThat(pembina.locator("#item-PPA1A .verdict")).containsText("Perlu revisi");
			screenshot(pembina, "review/verdict-given");
			pembina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kembalikan untuk revisi")).click();
			assertThat(pembina.getByRole(AriaRole.STATUS)).containsText("dikembalikan");

			kepala.reload();
			assertThat(kepala.locator("#stage")).hasText("Penilaian mandiri");
			assertThat(kepala.locator("#revisions")).containsText("Unggah SK tim kerja yang ditandatangani kepala");
			assertThat(kepala.locator("#round-1")).containsText("Dikembalikan untuk revisi");
			screenshot(kepala, "review/returned-with-note");
		}
	}

}
