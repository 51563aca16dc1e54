package id.ruangzi.notification.internal;

import java.time.LocalDate;

import id.ruangzi.notification.MailKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotence record of e-mails: an e-mail is claimed (committed at once, in its own
 * transaction) before it is sent, and only the run that inserted the row sends it. A
 * failed send gives the claim back so that a later run retries.
 */
@Component
public class ReminderLog {

	private final JdbcClient jdbc;

	ReminderLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kind the e-mail's kind
	 * @param subjectId the task, the programme, or 0 for a digest
	 * @param userId the recipient
	 * @param date the day it is for
	 * @return true when this caller may send it, false when someone already did
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean claim(MailKind kind, long subjectId, long userId, LocalDate date) {
		return this.jdbc.sql("""
				insert into reminder_log (kind, subject_id, user_id, reminder_date)
				values (:kind, :subject, :user, :date)
				on conflict (kind, subject_id, user_id, reminder_date) do nothing
				""")
			.param("kind", kind.name())
			.param("subject", subjectId)
			.param("user", userId)
			.param("date", date)
			.update() == 1;
	}

	/**
	 * Gives a claim back after the e-mail could not be sent.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void release(MailKind kind, long subjectId, long userId, LocalDate date) {
		this.jdbc.sql("""
				delete from reminder_log
				where kind = :kind and subject_id = :subject and user_id = :user and reminder_date = :date
				""")
			.param("kind", kind.name())
			.param("subject", subjectId)
			.param("user", userId)
			.param("date", date)
			.update();
	}

}
