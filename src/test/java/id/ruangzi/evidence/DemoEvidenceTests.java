package id.ruangzi.evidence;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Transactional
class DemoEvidenceTests {

	@Autowired
	EvidenceApi evidence;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	CurrentUser kepala() {
		return (CurrentUser) this.users.loadUserByUsername("kepala");
	}

	@Test
	void theDemoProgrammeHasAreaAEvidenceWhoseFilesVerifyAndReviewCanFreeze() throws Exception {
		EvidencePage page = this.evidence.page(kepala(), 1, "PPA1A");
		// The browser journeys add PPA1A evidence for good (a task's SK); the demo's are
		// among it.
		assertThat(page.evidence()).extracting(EvidenceView::title)
			.contains("SK Tim Pembangunan ZI", "Notulen rapat tim ZI (folder bersama)");
		EvidenceView decree = page.evidence()
			.stream()
			.filter((e) -> e.title().equals("SK Tim Pembangunan ZI"))
			.findFirst()
			.orElseThrow();
		try (EvidenceContent content = this.evidence.currentContent(kepala(), decree.id())) {
			assertThat(content.stream().readAllBytes()).startsWith("%PDF-".getBytes());
		}
		// Other tests (the browser journey) may have added files for good; the demo's are
		// among them.
		assertThat(this.evidence.currentRevisions(1)).extracting(CurrentRevision::evidenceId).contains(decree.id());
	}

	@Test
	void runningTheDemoEvidenceAgainAddsNothing() throws Exception {
		int before = this.evidence.page(kepala(), 1, null).evidence().size();
		int ran = 0;
		for (ApplicationRunner runner : this.context.getBeansOfType(ApplicationRunner.class).values()) {
			if (runner.getClass().getSimpleName().startsWith("DemoEvidence")) {
				runner.run(null);
				ran++;
			}
		}
		assertThat(ran).isEqualTo(1);
		assertThat(this.evidence.page(kepala(), 1, null).evidence()).hasSize(before);
	}

}
