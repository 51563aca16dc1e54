package id.ruangzi.demo;

import id.ruangzi.shared.database.DemoDataCondition;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo programmes, and everything the demo hangs on them (pokja, tasks, activities,
 * agents, evidence, score history), are on with the demo data unless
 * {@code ruangzi.demo-programmes=false}: then the demo's units and people are there, and
 * a unit head opens the year's programme by hand (as the end-to-end journeys do).
 */
class DemoProgrammesCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return DemoDataCondition.demoDataEnabled(context.getEnvironment())
				&& context.getEnvironment().getProperty("ruangzi.demo-programmes", Boolean.class, true);
	}

}
