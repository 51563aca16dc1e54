package id.ruangzi.demo;

import java.time.LocalDate;
import java.util.List;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.ChangeAgentApi;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The change agents of MTsN 2 Bandar Lampung 2026: five people appointed by one SK, and
 * four changes of which three are integrated. These are the inputs the demo stored for
 * PRA1A (agen 5, perubahan 4) and PRA1B (perubahan 4, terintegrasi 3), so the suggested
 * values match the stored answers.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(5)
class DemoAgents implements ApplicationRunner {

	static final String DECREE = "B-046/Mts.08.01.02/KP.07.6/01/2026";

	private static final List<String> AGENTS = List.of("koordinator", "anggota", "guru", "operator", "koordinator.sdm");

	private final ChangeAgentApi agents;

	private final DemoContext demo;

	DemoAgents(ChangeAgentApi agents, DemoContext demo) {
		this.agents = agents;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser head = this.demo.user("kepala");
		ProgrammeView programme = this.demo.mtsn2Programme(head);
		if (!this.agents.page(head, programme.id()).agents().isEmpty()) {
			return;
		}
		LocalDate appointed = LocalDate.of(DemoProgrammes.YEAR, 1, 13);
		long[] ids = new long[AGENTS.size()];
		for (int i = 0; i < AGENTS.size(); i++) {
			ids[i] = this.agents.appoint(head, programme.id(), AGENTS.get(i), DECREE, appointed);
		}
		this.agents.addChange(head, programme.id(), ids[0], "Layanan legalisir ijazah daring",
				LocalDate.of(DemoProgrammes.YEAR, 2, 3), true);
		this.agents.addChange(head, programme.id(), ids[1], "Absensi pegawai dengan pemindai wajah",
				LocalDate.of(DemoProgrammes.YEAR, 2, 17), true);
		this.agents.addChange(head, programme.id(), ids[2], "Kotak saran digital di ruang tamu",
				LocalDate.of(DemoProgrammes.YEAR, 3, 2), true);
		this.agents.addChange(head, programme.id(), ids[3], "Papan informasi standar pelayanan",
				LocalDate.of(DemoProgrammes.YEAR, 3, 16), false);
	}

}
