package id.ruangzi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaPosition;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.pokja.TeamView;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tim Kerja ZI of MTsN 2 Bandar Lampung 2026, set up by its unit head: the SK and
 * people in all six pokja. {@code koordinator} coordinates area A only, so the demo shows
 * a coordinator who edits one area and reads the others.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(2)
class DemoPokja implements ApplicationRunner {

	private static final Map<String, List<Seat>> SEATS = Map.of("A",
			List.of(new Seat("koordinator", PokjaPosition.KOORDINATOR), new Seat("anggota", PokjaPosition.ANGGOTA),
					new Seat("guru", PokjaPosition.ANGGOTA)),
			"B",
			List.of(new Seat("koordinator.sdm", PokjaPosition.KOORDINATOR),
					new Seat("operator", PokjaPosition.ANGGOTA)),
			"C",
			List.of(new Seat("koordinator.sdm", PokjaPosition.KOORDINATOR), new Seat("anggota", PokjaPosition.ANGGOTA)),
			"D",
			List.of(new Seat("ketua.tim", PokjaPosition.KOORDINATOR), new Seat("operator", PokjaPosition.SEKRETARIS)),
			"E", List.of(new Seat("ketua.tim", PokjaPosition.KOORDINATOR), new Seat("guru", PokjaPosition.ANGGOTA)),
			"F", List.of(new Seat("koordinator.sdm", PokjaPosition.KOORDINATOR),
					new Seat("operator", PokjaPosition.ANGGOTA)));

	private final PokjaApi pokja;

	private final DemoContext demo;

	DemoPokja(PokjaApi pokja, DemoContext demo) {
		this.pokja = pokja;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser head = this.demo.user("kepala");
		ProgrammeView programme = this.demo.mtsn2Programme(head);
		TeamView team = this.pokja.team(head, programme.id());
		if (team.decreeNumber() == null) {
			this.pokja.recordDecree(head, programme.id(), "B-045/Mts.08.01.02/KP.07.6/01/2026",
					LocalDate.of(DemoProgrammes.YEAR, 1, 6), team.version());
		}
		for (PokjaView one : team.pokja()) {
			for (Seat seat : SEATS.getOrDefault(one.areaCode(), List.of())) {
				this.pokja.seat(head, one.id(), seat.username(), seat.position());
			}
		}
	}

	private record Seat(String username, PokjaPosition position) {
	}

}
