package id.ruangzi.notification;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.Verdict;
import id.ruangzi.test.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor returns MTsN 2 Bandar Lampung's programme; the unit head sees the bell's
 * count, opens the notification, lands on the review, follows the item's thread and is
 * told of the supervisor's next comment. The demo programme is put back afterwards.
 */
class NotificationJourneyTests extends BrowserTestSupport {

	@Autowired
	ReviewApi review;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void restoreTheDemoProgramme() {
		Committed.restoreTheDemoProgramme(this.jdbc);
	}

	@Test
	void theUnitHeadIsToldOfTheReturnOpensItAndFollowsTheItemsThread() {
		this.review.submit(principal("kepala"), 1);
		this.review.verdict(principal("pembina"), 1, "PPA1A", Verdict.PERLU_REVISI, null, "Lengkapi SK", null);
		this.review.returnForRevision(principal("pembina"), 1);
		await().atMost(Duration.ofSeconds(20)).until(() -> unread("kepala") == 1);

		try (BrowserContext context = session.browser().newContext()) {
			Page kepala = context.newPage();
			logIn(kepala, "kepala");
			Locator bell = kepala.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Notifikasi 1 belum dibaca"));
			assertThat(bell).isVisible();
			screenshot(kepala, "notification/bell");
			bell.click();

			Locator item = kepala.locator("#notifications .notification-unread");
			assertThat(item).hasCount(1);
			assertThat(item).containsText("Pembina meminta revisi LKE MTsN 2 Bandar Lampung (putaran 1).");
			screenshot(kepala, "notification/list");
			item.getByRole(AriaRole.LINK).click();

			assertThat(kepala).hasURL(url("/programmes/1/review"));
			assertThat(
					kepala.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifikasi 0 belum dibaca")))
				.isVisible();
			Locator thread = kepala.locator("#thread-PPA1A");
			thread.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ikuti")).click();
			assertThat(thread.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Berhenti mengikuti")))
				.isVisible();

			this.review.comment(principal("pembina"), 1, "PPA1A", "SK belum ditandatangani");
			await().atMost(Duration.ofSeconds(20)).until(() -> unread("kepala") == 1);
			kepala.navigate(url("/notifications"));
			assertThat(kepala.locator("#notifications .notification-unread")).containsText("PPA1A");
			kepala.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tandai semua dibaca")).click();
			assertThat(kepala.locator("#notifications .notification-unread")).hasCount(0);
		}
	}

	private long unread(String username) {
		return this.jdbc
			.sql("select count(*) from notification n join user_account u on u.id = n.recipient_id "
					+ "where u.username = :username and n.read_at is null")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
