package id.ruangzi.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo data is on when {@code ruangzi.demo-data} says so, and by default exactly when the
 * embedded database is in use: a newcomer gets a full app, a production database gets
 * nothing.
 */
public class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return demoDataEnabled(context.getEnvironment());
	}

	public static boolean demoDataEnabled(Environment environment) {
		boolean embedded = !environment.containsProperty("spring.datasource.url");
		return environment.getProperty("ruangzi.demo-data", Boolean.class, embedded);
	}

}
