package id.ruangzi.notification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ruangzi.actionplan.ReminderTask;
import id.ruangzi.actionplan.TaskReminders;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The daily reminders: tasks due in seven days and tomorrow to their person in charge,
 * and a digest of overdue tasks to each person in charge and each coordinator of them. A
 * fixed number of queries (three task lists, the people, their settings) plus one claim
 * per e-mail; a second run on the same day sends nothing again.
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private final TaskReminders tasks;

	private final IdentityApi identity;

	private final MailPreferences preferences;

	private final Mailer mailer;

	ReminderService(TaskReminders tasks, IdentityApi identity, MailPreferences preferences, Mailer mailer) {
		this.tasks = tasks;
		this.identity = identity;
		this.preferences = preferences;
		this.mailer = mailer;
	}

	/**
	 * @param today the day the reminders are for
	 * @return how many e-mails were sent
	 */
	public int send(LocalDate today) {
		if (!this.mailer.enabled()) {
			return 0;
		}
		List<ReminderTask> inAWeek = this.tasks.dueOn(today.plusDays(7));
		List<ReminderTask> tomorrow = this.tasks.dueOn(today.plusDays(1));
		Map<Long, List<ReminderTask>> digests = new LinkedHashMap<>();
		for (ReminderTask task : this.tasks.overdue(today)) {
			digests.computeIfAbsent(task.picUserId(), (id) -> new ArrayList<>()).add(task);
			for (Long coordinator : task.coordinatorIds()) {
				List<ReminderTask> digest = digests.computeIfAbsent(coordinator, (id) -> new ArrayList<>());
				if (!digest.contains(task)) {
					digest.add(task);
				}
			}
		}
		Set<Long> recipients = new HashSet<>(digests.keySet());
		inAWeek.forEach((task) -> recipients.add(task.picUserId()));
		tomorrow.forEach((task) -> recipients.add(task.picUserId()));
		Map<Long, Person> people = this.identity.peopleById(recipients);
		Map<Long, MailSettings> settings = this.preferences.of(recipients);
		int sent = 0;
		for (ReminderTask task : inAWeek) {
			sent += due(MailKind.TASK_DUE_7, task, today, people, settings);
		}
		for (ReminderTask task : tomorrow) {
			sent += due(MailKind.TASK_DUE_1, task, today, people, settings);
		}
		for (Map.Entry<Long, List<ReminderTask>> digest : digests.entrySet()) {
			Person person = people.get(digest.getKey());
			if (person != null && this.mailer.send(person, settings.get(digest.getKey()),
					new Mailer.Mail(MailKind.OVERDUE_DIGEST, 0, today, "notification/mail/overdue-digest",
							Map.of("tasks", digest.getValue(), "today", today),
							new Object[] { digest.getValue().size() }))) {
				sent++;
			}
		}
		log.info("Reminders for {}: {} e-mails sent", today, sent);
		return sent;
	}

	private int due(MailKind kind, ReminderTask task, LocalDate today, Map<Long, Person> people,
			Map<Long, MailSettings> settings) {
		Person pic = people.get(task.picUserId());
		if (pic == null) {
			return 0;
		}
		boolean sent = this.mailer.send(pic, settings.get(pic.id()), new Mailer.Mail(kind, task.taskId(), today,
				"notification/mail/task-due", Map.of("task", task), new Object[] { task.title() }));
		return sent ? 1 : 0;
	}

}
