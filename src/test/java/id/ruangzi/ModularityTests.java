package id.ruangzi;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RuangZiApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		String folder = "target/spring-modulith-docs";
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of(folder, "components.puml")).isNotEmptyFile();
	}

}
