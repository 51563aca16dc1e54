package id.ruangzi.pokja.internal;

import id.ruangzi.assessment.ProgrammeOpened;
import id.ruangzi.assessment.scoring.Area;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every programme has a Tim Kerja ZI with six pokja from its first moment. Handled inside
 * the opening transaction (not as an asynchronous module listener) so that a programme
 * never exists without its team, and the page shown right after opening has its pokja.
 */
@Component
class TeamFounder {

	private final TeamRepository teams;

	private final PokjaRepository pokja;

	TeamFounder(TeamRepository teams, PokjaRepository pokja) {
		this.teams = teams;
		this.pokja = pokja;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ProgrammeOpened event) {
		Team team = this.teams.save(new Team(event.programmeId()));
		for (Area area : Area.values()) {
			String name = event.areaNames().getOrDefault(area.name(), area.name());
			this.pokja.save(new Pokja(team.getId(), event.programmeId(), area.name(), name));
		}
	}

}
