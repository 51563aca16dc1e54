package id.ruangzi.pokja;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.internal.Pokja;
import id.ruangzi.pokja.internal.PokjaRepository;
import id.ruangzi.pokja.internal.Seat;
import id.ruangzi.pokja.internal.SeatRepository;
import id.ruangzi.pokja.internal.Team;
import id.ruangzi.pokja.internal.TeamRepository;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pokja module's facade: a programme's Tim Kerja ZI, its six pokja and their members.
 * Reading needs sight of the programme's unit (404 otherwise); changing the team needs
 * full control of the programme (unit head, team lead, administrator).
 */
@Service
@Transactional(readOnly = true)
public class PokjaApi {

	private final AssessmentApi assessment;

	private final IdentityApi identity;

	private final TeamRepository teams;

	private final PokjaRepository pokja;

	private final SeatRepository seats;

	PokjaApi(AssessmentApi assessment, IdentityApi identity, TeamRepository teams, PokjaRepository pokja,
			SeatRepository seats) {
		this.assessment = assessment;
		this.identity = identity;
		this.teams = teams;
		this.pokja = pokja;
		this.seats = seats;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return its team with the six pokja and their members, in a fixed number of queries
	 */
	public TeamView team(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		Team team = this.teams.findByProgrammeId(programmeId)
			.orElseThrow(() -> new NotFoundException("team of programme " + programmeId));
		return new TeamView(team.getId(), programmeId, team.getDecreeNumber(), team.getDecreeDate(), team.getVersion(),
				pokjaOf(programmeId));
	}

	/**
	 * The team page of a programme: its team, what the user may change, the pokja they
	 * sit in and, for those who run the programme, the people who may be seated.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the page's data, in a fixed number of queries
	 */
	public TeamOverview overview(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		EditScope scope = this.assessment.editScope(user, programmeId);
		TeamView team = team(user, programmeId);
		List<PokjaView> mine = team.pokja().stream().filter((one) -> one.hasMember(user.id())).toList();
		List<Person> candidates = scope.everything() ? this.identity.peopleOfUnit(programme.unitId()) : List.of();
		return new TeamOverview(programme, team, scope, mine, candidates);
	}

	/**
	 * The pokja of a programme, for modules that have already checked the programme.
	 * @param programmeId the programme
	 * @return its pokja in area order, with members
	 */
	public List<PokjaView> pokjaOf(long programmeId) {
		return views(this.pokja.findByProgrammeIdOrderByAreaCode(programmeId));
	}

	/**
	 * Who sits in which pokja of many programmes, for jobs that run for everyone (no user
	 * check).
	 * @param programmeIds the programmes
	 * @return one row per seat, in one query
	 */
	public List<PokjaSeat> seatsOf(java.util.Collection<Long> programmeIds) {
		return programmeIds.isEmpty() ? List.of() : this.seats.findSeatsOfProgrammes(programmeIds);
	}

	/**
	 * One pokja, for modules that check its programme themselves.
	 * @param pokjaId the pokja
	 * @return the pokja with members, if it exists
	 */
	public Optional<PokjaView> pokja(long pokjaId) {
		return this.pokja.findById(pokjaId).map((one) -> views(List.of(one)).get(0));
	}

	/**
	 * Seats a person in a pokja, or changes their position there.
	 * @param user the signed-in user, who must run the programme
	 * @param pokjaId the pokja
	 * @param username the person, who must hold a role on the programme's unit
	 * @param position their position
	 * @return the person seated, for the confirmation
	 */
	@Transactional
	public Person seat(CurrentUser user, long pokjaId, String username, PokjaPosition position) {
		Pokja one = managed(user, pokjaId);
		if (position == null) {
			throw new PokjaInputException("position", "pokja.member.position.required",
					"choose KETUA, SEKRETARIS, KOORDINATOR or ANGGOTA");
		}
		ProgrammeView programme = this.assessment.programme(user, one.getProgrammeId());
		Person person = this.identity.peopleOfUnit(programme.unitId())
			.stream()
			.filter((candidate) -> candidate.username().equalsIgnoreCase(username == null ? "" : username.strip()))
			.findFirst()
			.orElseThrow(() -> new PokjaInputException("username", "pokja.member.notInUnit",
					username + " holds no role in unit " + programme.unitCode()));
		this.seats.findByPokjaIdAndUserId(pokjaId, person.id())
			.ifPresentOrElse((seat) -> seat.moveTo(position),
					() -> this.seats.save(new Seat(pokjaId, person.id(), position)));
		return person;
	}

	/**
	 * Removes a person from a pokja.
	 * @param user the signed-in user, who must run the programme
	 * @param pokjaId the pokja
	 * @param userId the person
	 */
	@Transactional
	public void unseat(CurrentUser user, long pokjaId, long userId) {
		managed(user, pokjaId);
		this.seats.findByPokjaIdAndUserId(pokjaId, userId).ifPresent(this.seats::delete);
	}

	/**
	 * Renames a pokja.
	 * @param user the signed-in user, who must run the programme
	 * @param pokjaId the pokja
	 * @param name the new name, 1 to 150 characters
	 * @param version the version the user saw
	 */
	@Transactional
	public void rename(CurrentUser user, long pokjaId, String name, long version) {
		Pokja one = managed(user, pokjaId);
		if (name == null || name.isBlank() || name.strip().length() > 150) {
			throw new PokjaInputException("name", "pokja.rename.invalid", "1 to 150 characters");
		}
		if (one.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Pokja.class, pokjaId);
		}
		one.rename(name.strip());
	}

	/**
	 * Records the team's decree (SK Tim Kerja).
	 * @param user the signed-in user, who must run the programme
	 * @param programmeId the programme
	 * @param number the SK number, up to 100 characters, blank to remove
	 * @param date the SK date, or null
	 * @param version the version the user saw
	 */
	@Transactional
	public void recordDecree(CurrentUser user, long programmeId, String number, LocalDate date, long version) {
		requireManager(user, programmeId);
		Team team = this.teams.findByProgrammeId(programmeId)
			.orElseThrow(() -> new NotFoundException("team of programme " + programmeId));
		if (number != null && number.strip().length() > 100) {
			throw new PokjaInputException("decreeNumber", "pokja.decree.number.tooLong", "at most 100 characters");
		}
		if (team.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Team.class, team.getId());
		}
		team.recordDecree((number == null || number.isBlank()) ? null : number.strip(), date);
	}

	private Pokja managed(CurrentUser user, long pokjaId) {
		Pokja one = this.pokja.findById(pokjaId).orElseThrow(() -> new NotFoundException("pokja " + pokjaId));
		try {
			requireManager(user, one.getProgrammeId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("pokja " + pokjaId);
		}
		return one;
	}

	private void requireManager(CurrentUser user, long programmeId) {
		if (!this.assessment.editScope(user, programmeId).everything()) {
			throw new ForbiddenException("manage the team of programme " + programmeId);
		}
	}

	private List<PokjaView> views(List<Pokja> rows) {
		Map<Long, List<Seat>> seatsByPokja = rows.isEmpty() ? Map.of()
				: this.seats.findByPokjaIdIn(rows.stream().map(Pokja::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(Seat::getPokjaId));
		Map<Long, Person> people = this.identity
			.peopleById(seatsByPokja.values().stream().flatMap(List::stream).map(Seat::getUserId).distinct().toList());
		return rows.stream().map((row) -> {
			List<PokjaMember> members = seatsByPokja.getOrDefault(row.getId(), List.of())
				.stream()
				.filter((seat) -> people.containsKey(seat.getUserId()))
				.map((seat) -> {
					Person person = people.get(seat.getUserId());
					return new PokjaMember(person.id(), person.username(), person.fullName(), seat.getPosition());
				})
				.sorted(Comparator.comparing(PokjaMember::position).thenComparing(PokjaMember::fullName))
				.toList();
			return new PokjaView(row.getId(), row.getProgrammeId(), row.getAreaCode(), row.getName(), row.getVersion(),
					members);
		}).toList();
	}

}
