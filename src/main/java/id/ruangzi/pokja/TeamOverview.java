package id.ruangzi.pokja;

import java.util.List;
import java.util.stream.Collectors;

import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.Person;

/**
 * What the team page shows of one programme.
 *
 * @param programme the programme
 * @param team its Tim Kerja ZI with the six pokja
 * @param scope what the user may change in the programme
 * @param mine the pokja the user sits in
 * @param candidates the people who may be seated, empty unless the user runs the
 * programme
 */
public record TeamOverview(ProgrammeView programme, TeamView team, EditScope scope, List<PokjaView> mine,
		List<Person> candidates) {

	public TeamOverview {
		mine = List.copyOf(mine);
		candidates = List.copyOf(candidates);
	}

	/** Whether the user may change the team: its SK, pokja names and members. */
	public boolean mayManage() {
		return this.scope.everything();
	}

	/** The positions a member may hold, in rank order. */
	public List<PokjaPosition> positions() {
		return List.of(PokjaPosition.values());
	}

	/** The areas the user edits as a coordinator, such as "A, C", or blank. */
	public String areaList() {
		return this.scope.areas().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
	}

}
