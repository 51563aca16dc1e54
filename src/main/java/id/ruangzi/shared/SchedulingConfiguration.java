package id.ruangzi.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (daily score snapshots, later reminders). Tests turn them off so that
 * nothing runs behind their back; a job's work is tested by calling it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "ruangzi.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}
