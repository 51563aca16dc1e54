package id.ruangzi.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The unit head opens MTsN 2's evidence page from the programme, uploads two files at
 * once, sees per-file results (the PDF stored, an HTML page named like a PDF refused with
 * its name), then opens the stored PDF and finds it previewed in the page. A member in
 * charge of a task uploads its evidence from the task, on a phone, and then a revision.
 */
class EvidenceJourneyTests extends BrowserTestSupport {

	@Test
	void unitHeadUploadsSeveralFilesAndSeesEachResultAndAPreview() {
		String stamp = String.valueOf(System.nanoTime());
		byte[] pdf = ("%PDF-1.4\n% " + stamp + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		try (BrowserContext context = session.browser().newContext()) {
			Page page = context.newPage();
			logIn(page, "kepala");
			page.navigate(url("/programmes/1"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eviden").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Eviden");
			page.getByLabel("Jenis").selectOption("NOTULEN");
			page.locator("#evidence-files")
				.setInputFiles(new FilePayload[] { new FilePayload("notulen-" + stamp + ".pdf", "application/pdf", pdf),
						new FilePayload("laporan.pdf", "application/pdf",
								"<html><body>bukan pdf</body></html>".getBytes(StandardCharsets.UTF_8)) });
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah")).click();
			Locator results = page.locator("#evidence-progress li");
			assertThat(results).hasCount(2);
			assertThat(results.filter(new Locator.FilterOptions().setHasText("notulen-" + stamp)))
				.containsText("tersimpan");
			assertThat(results.filter(new Locator.FilterOptions().setHasText("laporan.pdf"))).containsText("ditolak");
			screenshot(page, "evidence/upload-results");
			page.reload();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("notulen-" + stamp).setExact(true))
				.click();
			assertThat(page.locator(".evidence-preview iframe")).hasCount(1);
			screenshot(page, "evidence/pdf-preview");
			page.navigate(url("/programmes/1/evidence?item=PPA1B"));
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Foto penandatanganan pakta integritas").setExact(true))
				.click();
			assertThat(page.locator(".evidence-preview img")).hasCount(1);
			screenshot(page, "evidence/image-preview");
		}
	}

	@Test
	void theMemberInChargeOfATaskUploadsItsEvidenceFromAPhoneAndThenANewRevision() {
		String stamp = String.valueOf(System.nanoTime());
		try (BrowserContext phone = session.browser()
			.newContext(
					new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
			Page page = phone.newPage();
			logIn(page, "anggota");
			// Demo task 1 (area A, item PPA1A) belongs to anggota, a member without edit
			// rights.
			page.navigate(url("/programmes/1/tasks/1"));
			page.locator("#task-evidence").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("Eviden tugas");
			page.getByLabel("Jenis").selectOption("SK");
			page.locator("#evidence-files")
				.setInputFiles(new FilePayload("sk-tim-" + stamp + ".pdf", "application/pdf", pdf(stamp)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah")).click();
			assertThat(page.locator("#evidence-progress li")).containsText("tersimpan");
			screenshot(page, "evidence/task-upload-phone");
			page.reload();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sk-tim-" + stamp).setExact(true))
				.click();
			page.locator("#revision-file")
				.setInputFiles(
						new FilePayload("sk-tim-" + stamp + "-revisi.pdf", "application/pdf", pdf(stamp + " revisi")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah revisi").setExact(true))
				.click();
			assertThat(page.locator("#evidence-revisions tbody tr")).hasCount(2);
			assertThat(page.locator("#evidence-tasks")).containsText("SK Tim Kerja");
			screenshot(page, "evidence/revision-phone");
		}
	}

	private static byte[] pdf(String mark) {
		return ("%PDF-1.4\n% " + mark + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
