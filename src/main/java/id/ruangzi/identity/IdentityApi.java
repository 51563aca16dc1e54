package id.ruangzi.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.identity.internal.UserAccount;
import id.ruangzi.identity.internal.UserAccountRepository;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade: people and the roles they hold.
 */
@Service
@Transactional(readOnly = true)
public class IdentityApi {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final OrganisationApi organisation;

	IdentityApi(UserAccountRepository users, PasswordEncoder passwordEncoder, OrganisationApi organisation) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.organisation = organisation;
	}

	/**
	 * Whether anyone can log in yet.
	 * @return true when the user table is empty
	 */
	public boolean noUsers() {
		return this.users.count() == 0;
	}

	/**
	 * Creates a person unless the username is taken.
	 * @param user the person
	 * @return true when the person was created
	 */
	@Transactional
	public boolean ensureUser(NewUser user) {
		if (this.users.existsByUsernameIgnoreCase(user.username())) {
			return false;
		}
		this.users.save(new UserAccount(user.username(), user.fullName(),
				this.passwordEncoder.encode(user.rawPassword()), user.grants()));
		return true;
	}

	/**
	 * The roles of a person with the units they apply to, for the home page.
	 * @param user the person
	 * @return one line per role, administrators first, then by unit name
	 */
	public List<RoleOnUnit> rolesOf(CurrentUser user) {
		List<Long> unitIds = user.grants().stream().map(RoleGrant::unitId).filter(Objects::nonNull).toList();
		Map<Long, UnitSummary> units = this.organisation.findUnits(unitIds)
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, Function.identity()));
		return user.grants()
			.stream()
			.map((grant) -> new RoleOnUnit(grant.role(), units.get(grant.unitId())))
			.sorted(Comparator.comparing(RoleOnUnit::role)
				.thenComparing((line) -> (line.unit() != null) ? line.unit().name() : ""))
			.toList();
	}

	/**
	 * @param ids user ids
	 * @return those people, by full name, in one query
	 */
	public List<Person> people(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.users.findPeople(ids);
	}

	/**
	 * @param ids user ids
	 * @return those people by id
	 */
	public Map<Long, Person> peopleById(Collection<Long> ids) {
		return people(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
	}

	/**
	 * The active people holding a role on a unit (any role, each once): who can sit in a
	 * pokja, take a task or join an activity. Callers check that the unit is in scope.
	 * @param unitId the unit
	 * @return the people, by full name
	 */
	public List<Person> peopleOfUnit(long unitId) {
		return this.users.findActivePeopleOfUnit(unitId);
	}

	/**
	 * The active people who may review a unit: supervisors of the unit itself or of any
	 * unit above it (a supervisor's scope is a whole subtree). Two queries: the unit's
	 * path, then the supervisors of the units on it.
	 * @param unitId the unit
	 * @return the reviewers, by full name; none for an unknown unit
	 */
	public List<Person> reviewersOf(long unitId) {
		List<Long> onPath = this.organisation.findUnits(List.of(unitId))
			.stream()
			.flatMap((unit) -> java.util.Arrays.stream(unit.path().split("/")))
			.filter((part) -> !part.isBlank())
			.map(Long::valueOf)
			.toList();
		return onPath.isEmpty() ? List.of() : this.users.findActiveHoldersOf(Role.SUPERVISOR, onPath);
	}

	/**
	 * Who holds a role on which units, for jobs that look at many units at once.
	 * @param role the role
	 * @param unitIds the units
	 * @return the active holders, one row per person and unit, in one query
	 */
	public List<RoleHolder> holders(Role role, Collection<Long> unitIds) {
		return unitIds.isEmpty() ? List.of() : this.users.findActiveHoldings(role, unitIds);
	}

	/**
	 * @param username a login name, in any case
	 * @return the person, if any
	 */
	public Optional<Person> person(String username) {
		return (username == null || username.isBlank()) ? Optional.empty() : this.users.findPerson(username.strip());
	}

	/**
	 * A role and the unit it applies to.
	 *
	 * @param role the role
	 * @param unit the unit, null for the global administrator
	 */
	public record RoleOnUnit(Role role, UnitSummary unit) {

	}

}
