package id.ruangzi.identity.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused administrator bootstrap into Spring Boot's short "application failed to
 * start" report instead of a stack trace.
 */
class AdminBootstrapFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrapException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrapException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set RUANGZI_ADMIN_USERNAME and RUANGZI_ADMIN_PASSWORD (at least "
						+ AdminBootstrapProperties.MIN_PASSWORD_LENGTH
						+ " characters) and start again, or turn on demo data with RUANGZI_DEMO_DATA=true.",
				cause);
	}

}
