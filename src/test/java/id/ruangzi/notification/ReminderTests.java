package id.ruangzi.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import id.ruangzi.notification.internal.MailPreferences;
import id.ruangzi.notification.internal.ReminderJob;
import id.ruangzi.notification.internal.ReminderService;
import id.ruangzi.review.ReviewClosed;
import id.ruangzi.test.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily reminders and the review e-mails against a real SMTP server. Each test makes
 * its own people and tasks in programme 1 (MTsN 2 Bandar Lampung) and commits them: the
 * job runs in threads of its own. This context has its own database.
 */
@IntegrationTest
class ReminderTests extends MailTestServer {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ReminderJob job;

	@Autowired
	ReminderService reminders;

	@Autowired
	MailPreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void emptyTheMailbox() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void aTaskDueTomorrowProducesExactlyOneReminderToItsPicEvenWithTwoSchedulerInstances() throws Exception {
		long pic = person("pic");
		String title = task(pic, today().plusDays(1), "A");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Void> instance = () -> {
			start.await();
			this.job.run();
			return null;
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Void> first = threads.submit(instance);
			Future<Void> second = threads.submit(instance);
			start.countDown();
			first.get();
			second.get();
		}
		finally {
			threads.shutdown();
		}
		// A third run the same day, after the lock is free again, sends nothing either.
		this.job.run();

		List<MimeMessage> received = to(address(pic));
		assertThat(received).hasSize(1);
		assertThat(subject(received.get(0))).isEqualTo("Pengingat: tugas \"" + title + "\" jatuh tempo besok");
		assertThat(body(received.get(0))).contains("https://zi.example.go.id/programmes/1/tasks/");
	}

	@Test
	void aPersonWhoTurnedTheKindOffGetsNoReminder() {
		long pic = person("off");
		task(pic, today().plusDays(1), "A");
		this.preferences.save(pic, EnumSet.complementOf(EnumSet.of(MailKind.TASK_DUE_1)), "id");

		this.reminders.send(today());

		assertThat(to(address(pic))).isEmpty();
	}

	@Test
	void aPersonWhoChoseEnglishGetsTheReminderInEnglish() {
		long pic = person("en");
		String title = task(pic, today().plusDays(7), "A");
		this.preferences.save(pic, EnumSet.allOf(MailKind.class), "en");

		this.reminders.send(today());

		List<MimeMessage> received = to(address(pic));
		assertThat(received).hasSize(1);
		assertThat(subject(received.get(0))).isEqualTo("Reminder: task \"" + title + "\" is due in 7 days");
	}

	@Test
	void anOverdueTaskGoesIntoTheDailyDigestOfItsPicAndOfTheCoordinatorOfItsPokja() {
		long pic = person("late");
		String title = task(pic, today().minusDays(3), "A");
		// koordinator has the COORDINATOR role on MTSN2-BDL and sits in pokja A only.
		this.jdbc.sql("update user_account set email = 'koordinator@example.go.id' where username = 'koordinator'")
			.update();
		this.jdbc
			.sql("update user_account set email = 'koordinator.sdm@example.go.id' where username = 'koordinator.sdm'")
			.update();

		this.reminders.send(today());
		this.reminders.send(today());

		assertThat(to(address(pic))).singleElement().satisfies((message) -> assertThat(body(message)).contains(title));
		assertThat(to("koordinator@example.go.id")).singleElement()
			.satisfies((message) -> assertThat(body(message)).contains(title));
		assertThat(to("koordinator.sdm@example.go.id"))
			.noneSatisfy((message) -> assertThat(body(message)).contains(title));
	}

	@Test
	void aRevisionRequestIsMailedToTheStaffOfTheUnit() {
		this.jdbc.sql("update user_account set email = 'kepala@example.go.id' where username = 'kepala'").update();
		long unitId = this.jdbc.sql("select unit_id from programme where id = 1").query(Long.class).single();

		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ReviewClosed(1, unitId, 1 + SEQUENCE.incrementAndGet(), "RETURNED")));

		await().atMost(Duration.ofSeconds(20)).until(() -> !to("kepala@example.go.id").isEmpty());
		MimeMessage message = to("kepala@example.go.id").get(0);
		assertThat(subject(message)).startsWith("Revisi diminta: LKE ");
		assertThat(body(message)).contains("https://zi.example.go.id/programmes/1/review");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private long person(String prefix) {
		String username = "mail." + prefix + "." + SEQUENCE.incrementAndGet();
		return this.jdbc.sql("""
				insert into user_account (username, full_name, email, password_hash)
				values (:username, :name, :email, 'x') returning id
				""")
			.param("username", username)
			.param("name", "Uji " + username)
			.param("email", username + "@example.go.id")
			.query(Long.class)
			.single();
	}

	private String address(long userId) {
		return this.jdbc.sql("select email from user_account where id = :id")
			.param("id", userId)
			.query(String.class)
			.single();
	}

	private String task(long pic, LocalDate due, String area) {
		String title = "Tugas uji " + SEQUENCE.incrementAndGet();
		this.jdbc
			.sql("""
					insert into task (programme_id, pokja_id, area_code, title, pic_user_id, due_date)
					select 1, k.id, k.area_code, :title, :pic, :due from pokja k where k.programme_id = 1 and k.area_code = :area
					""")
			.param("title", title)
			.param("pic", pic)
			.param("due", due)
			.param("area", area)
			.update();
		return title;
	}

}
