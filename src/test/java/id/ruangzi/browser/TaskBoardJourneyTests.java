package id.ruangzi.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator moves a task of their pokja to SELESAI on the board, and it stays there
 * after a reload; screenshots of the board, the list and Tugas saya.
 */
class TaskBoardJourneyTests extends BrowserTestSupport {

	private static final String TASK = "Menyusun rencana kerja pembangunan ZI";

	@Autowired
	JdbcClient jdbc;

	@Test
	void coordinatorMovesACardToSelesaiAndItStaysThereAfterReload() {
		long id = this.jdbc.sql("select id from task where title = :title")
			.param("title", TASK)
			.query(Long.class)
			.single();
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "koordinator");
			page.navigate(url("/programmes/1/tasks"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Rencana aksi");
			assertThat(page.locator("tr.task-overdue").first()).containsText("Terlambat");
			screenshot(page, "tasks/list");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Papan A")).first().click();
			Locator card = page.locator("#card-" + id);
			assertThat(page.locator("#board-PROSES #card-" + id)).isVisible();
			screenshot(page, "tasks/board");
			// A full page load would drop this marker: the move is an htmx swap.
			page.evaluate("() => { window.notReloaded = true; }");
			card.getByLabel("Pindahkan ke").selectOption("SELESAI");
			card.getByRole(AriaRole.BUTTON).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("dipindahkan");
			assertThat(page.locator("#board-SELESAI #card-" + id)).isVisible();
			org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.notReloaded === true"))
				.isEqualTo(true);

			page.reload();
			assertThat(page.locator("#board-SELESAI #card-" + id)).isVisible();
			screenshot(page, "tasks/board-after-move");

			// Back to PROSES, so the shared demo data stays as it was.
			page.locator("#card-" + id).getByLabel("Pindahkan ke").selectOption("PROSES");
			page.locator("#card-" + id).getByRole(AriaRole.BUTTON).click();
			assertThat(page.locator("#board-PROSES #card-" + id)).isVisible();
		}
	}

	@Test
	void memberSeesTheirOverdueTaskFirstInTugasSaya() {
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "anggota");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tugas saya")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tugas saya");
			assertThat(page.locator("tbody tr").first()).containsText("Terlambat");
			screenshot(page, "tasks/my-tasks");
		}
	}

}
