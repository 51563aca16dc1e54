package id.ruangzi.notification;

import java.time.Clock;
import java.time.LocalDate;

import id.ruangzi.notification.internal.ReminderService;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test context has no SMTP host, like an installation without e-mail.
 */
@IntegrationTest
@Transactional
class MailOffTests {

	@Autowired
	ReminderService reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void withoutAnSmtpHostRemindersAreSkippedAndNothingIsClaimed() {
		this.jdbc.sql("update task set due_date = :tomorrow where id = 1")
			.param("tomorrow", LocalDate.now(this.clock).plusDays(1))
			.update();

		assertThat(this.reminders.send(LocalDate.now(this.clock))).isZero();
		assertThat(this.jdbc.sql("select count(*) from reminder_log").query(Long.class).single()).isZero();
	}

}
