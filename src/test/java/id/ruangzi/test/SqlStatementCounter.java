package id.ruangzi.test;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a thread sends through the application's DataSource, JPA and
 * JdbcClient alike, so tests can pin a page to a fixed number of statements. Counting is
 * per thread: MockMvc runs the request on the test's thread, and background work does not
 * disturb the count.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);

	private static final ThreadLocal<java.util.List<String>> STATEMENTS = ThreadLocal
		.withInitial(java.util.ArrayList::new);

	/** Starts counting on this thread from zero. */
	public static void reset() {
		COUNT.get().set(0);
		STATEMENTS.get().clear();
	}

	/** The statements this thread ran since {@link #reset()}, for failure messages. */
	public static java.util.List<String> statements() {
		return java.util.List.copyOf(STATEMENTS.get());
	}

	/** The statements this thread ran since {@link #reset()}. */
	public static int count() {
		return COUNT.get().get();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).afterQuery((execution, queries) -> {
						COUNT.get().addAndGet(queries.size());
						queries.forEach((query) -> STATEMENTS.get().add(query.getQuery()));
					}).build();
				}
				return bean;
			}

		};
	}

}
