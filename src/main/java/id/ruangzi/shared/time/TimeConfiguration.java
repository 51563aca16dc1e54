package id.ruangzi.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for "today" everywhere (due dates, overdue tasks, reminders): Western
 * Indonesian Time, where most units are, whatever the server's own zone.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The zone in which a day begins and ends for the application. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
