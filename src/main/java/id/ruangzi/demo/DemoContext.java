package id.ruangzi.demo;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * What every demo runner starts from: a demo person, signed in as the pages would see
 * them, and the 2026 demo programme of a unit. Runners act through the modules' facades
 * as that person, so the demo passes the same rights checks as a real user.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
class DemoContext {

	private final UserDetailsService users;

	private final AssessmentApi assessment;

	DemoContext(UserDetailsService users, AssessmentApi assessment) {
		this.users = users;
		this.assessment = assessment;
	}

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/** MTsN 2 Bandar Lampung's 2026 programme, which the unit head opened. */
	ProgrammeView mtsn2Programme(CurrentUser user) {
		return this.assessment.programmes(user, DemoData.DemoUnits.MTSN_2_BANDAR_LAMPUNG, DemoProgrammes.YEAR).get(0);
	}

}
