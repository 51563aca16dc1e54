package id.ruangzi.notification.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the daily reminders at 06:00 WIB. When several application instances run, the
 * ShedLock row in the database lets one of them run it; the reminder log makes a second
 * run on the same day (a lock that expired, a restart) send nothing twice.
 */
@Component
public class ReminderJob {

	private final ReminderService reminders;

	private final Clock clock;

	ReminderJob(ReminderService reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	/**
	 * Sends today's reminders, unless another instance holds the lock (then nothing
	 * happens here).
	 */
	@Scheduled(cron = "${ruangzi.reminders.cron:0 0 6 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${ruangzi.reminders.lock-at-least-for:PT5M}")
	public void run() {
		this.reminders.send(LocalDate.now(this.clock));
	}

}
