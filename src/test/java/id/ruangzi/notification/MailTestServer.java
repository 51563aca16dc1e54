package id.ruangzi.notification;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port) and the application
 * context that sends to it. Only the e-mail tests extend this; their context is separate
 * from the shared one, which stays without e-mail (and with its own embedded database).
 */
abstract class MailTestServer {

	static final GreenMail SMTP = start();

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("ruangzi.base-url", () -> "https://zi.example.go.id");
		// Tests run the job several times a minute; production keeps the lock 5 minutes.
		registry.add("ruangzi.reminders.lock-at-least-for", () -> "PT0S");
	}

	static List<MimeMessage> to(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((recipient) -> recipient.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String body(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
