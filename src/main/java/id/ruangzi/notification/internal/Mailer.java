package id.ruangzi.notification.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import id.ruangzi.identity.Person;
import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.MailSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes and sends one e-mail to one person, at most once per kind, subject and day (see
 * {@link ReminderLog}), in the person's language, when they did not turn the kind off.
 * <p>
 * E-mail is off when no SMTP host is configured ({@code spring.mail.host} absent: Spring
 * Boot then makes no {@link JavaMailSender}); nothing is claimed then, and the first
 * attempt says so in the log once.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final ReminderLog reminderLog;

	private final String baseUrl;

	private final String from;

	private final AtomicBoolean offLogged = new AtomicBoolean();

	Mailer(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, MessageSource messages,
			ReminderLog reminderLog, @Value("${ruangzi.base-url:http://localhost:8080}") String baseUrl,
			@Value("${ruangzi.mail.from:Ruang ZI <no-reply@ruangzi.local>}") String from) {
		this.sender = sender;
		this.templates = templates;
		this.messages = messages;
		this.reminderLog = reminderLog;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.from = from;
	}

	/**
	 * @return whether e-mail is configured; logs once when it is not
	 */
	public boolean enabled() {
		if (this.sender.getIfAvailable() != null) {
			return true;
		}
		if (this.offLogged.compareAndSet(false, true)) {
			log.info("E-mail is off (no spring.mail.host): reminders and review e-mails are not sent");
		}
		return false;
	}

	/**
	 * Sends one e-mail unless the person turned its kind off, has no address, or already
	 * got it for this subject today.
	 * @param to the recipient
	 * @param settings their settings
	 * @param mail what to send
	 * @return true when sent
	 */
	public boolean send(Person to, MailSettings settings, Mail mail) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null || to.email() == null || to.email().isBlank() || !to.active()
				|| !settings.wants(mail.kind())) {
			return false;
		}
		if (!this.reminderLog.claim(mail.kind(), mail.subjectId(), to.id(), mail.date())) {
			return false;
		}
		try {
			Context context = new Context(settings.locale());
			context.setVariables(mail.variables());
			context.setVariable("recipient", to);
			context.setVariable("baseUrl", this.baseUrl);
			context.setVariable("kind", mail.kind());
			context.setVariable("keyPrefix", "notification.mail." + mail.kind().name());
			String html = this.templates.process(mail.template(), context);
			String subject = this.messages.getMessage("notification.mail." + mail.kind().name() + ".subject",
					mail.subjectArguments(), settings.locale());
			MimeMessage message = mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to.email());
			helper.setSubject(subject);
			helper.setText(html, true);
			mailSender.send(message);
			return true;
		}
		catch (MessagingException | RuntimeException ex) {
			this.reminderLog.release(mail.kind(), mail.subjectId(), to.id(), mail.date());
			log.warn("Could not send {} e-mail to user {}: {}", mail.kind(), to.id(), ex.getMessage());
			return false;
		}
	}

	/**
	 * One e-mail to write.
	 *
	 * @param kind its kind
	 * @param subjectId the task, the programme, or 0 for a digest
	 * @param date the day it is for
	 * @param template the Thymeleaf template
	 * @param variables the template's variables
	 * @param subjectArguments the arguments of the subject's message
	 */
	public record Mail(MailKind kind, long subjectId, LocalDate date, String template, Map<String, Object> variables,
			Object[] subjectArguments) {

	}

}
