package id.ruangzi.assessment.scoring;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import id.ruangzi.RuangZiApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalogue, reporting and review will call the engine; they may only reach what the
 * assessment module exposes, so the scoring package must stay a named interface.
 */
class ScoringNamedInterfaceTests {

	@Test
	void theScoringPackageIsANamedInterfaceOfTheAssessmentModule() {
		ApplicationModule assessment = ApplicationModules.of(RuangZiApplication.class)
			.getModuleByName("assessment")
			.orElseThrow();
		assertThat(assessment.getNamedInterfaces().getByName("scoring")).hasValueSatisfying(
				(scoring) -> assertThat(scoring.contains(ScoringEngine.class) && scoring.contains(GapExplainer.class))
					.isTrue());
	}

}
