package id.ruangzi.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitScope;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * The one authorization mechanism: "may this user do X on unit U", and "which units may
 * this user see" as a {@link UnitScope} for queries. A unit outside the user's scope is
 * reported as not found, so its existence is never revealed; an in-scope action the role
 * does not allow is forbidden.
 */
@Service
public class AccessPolicy {

	private static final Set<Role> PROGRAMME_ROLES = EnumSet.of(Role.UNIT_HEAD, Role.TEAM_LEAD);

	private static final Set<Role> ASSESSMENT_ROLES = EnumSet.of(Role.UNIT_HEAD, Role.TEAM_LEAD, Role.COORDINATOR);

	private final OrganisationApi organisation;

	AccessPolicy(OrganisationApi organisation) {
		this.organisation = organisation;
	}

	/**
	 * The units the user may see, for list queries.
	 * @param user the signed-in user
	 * @return the user's scope
	 */
	public UnitScope scopeOf(CurrentUser user) {
		if (user.isAdministrator()) {
			return UnitScope.all();
		}
		Set<Long> units = new HashSet<>();
		Set<Long> subtrees = new HashSet<>();
		for (RoleGrant grant : user.grants()) {
			(grant.role() == Role.SUPERVISOR ? subtrees : units).add(grant.unitId());
		}
		return new UnitScope(false, units, subtrees);
	}

	/**
	 * Whether the user may do the action on the unit.
	 * @param user the signed-in user
	 * @param action what the user wants to do
	 * @param unit the unit
	 * @return true when allowed
	 */
	public boolean may(CurrentUser user, Action action, UnitSummary unit) {
		if (user.isAdministrator()) {
			return action != Action.REVIEW;
		}
		return switch (action) {
			case VIEW -> this.organisation.isVisible(scopeOf(user), unit);
			case REVIEW -> this.organisation.isVisible(new UnitScope(false, Set.of(), supervised(user)), unit);
			case MANAGE_PROGRAMME -> holdsHere(user, PROGRAMME_ROLES, unit);
			case EDIT_ASSESSMENT -> holdsHere(user, ASSESSMENT_ROLES, unit);
			case ASSIGN_ROLES -> holdsHere(user, EnumSet.of(Role.UNIT_HEAD), unit);
			case ADMINISTER -> false;
		};
	}

	/**
	 * Finds a unit by code and checks the action: 404 outside the user's scope, 403
	 * inside it when the action is not allowed.
	 * @param user the signed-in user
	 * @param action what the user wants to do
	 * @param unitCode the unit's code
	 * @return the unit
	 */
	public UnitSummary requireUnit(CurrentUser user, Action action, String unitCode) {
		UnitSummary unit = this.organisation.findUnit(unitCode)
			.orElseThrow(() -> new NotFoundException("unit " + unitCode));
		require(user, action, unit);
		return unit;
	}

	/**
	 * Checks an action on a unit already loaded: 404 outside the user's scope, 403 inside
	 * it when the action is not allowed.
	 * @param user the signed-in user
	 * @param action what the user wants to do
	 * @param unit the unit
	 */
	public void require(CurrentUser user, Action action, UnitSummary unit) {
		if (!may(user, Action.VIEW, unit)) {
			throw new NotFoundException("unit " + unit.code());
		}
		if (!may(user, action, unit)) {
			throw new ForbiddenException(action + " on unit " + unit.code());
		}
	}

	private boolean holdsHere(CurrentUser user, Set<Role> roles, UnitSummary unit) {
		return user.grants()
			.stream()
			.anyMatch((grant) -> roles.contains(grant.role()) && Long.valueOf(unit.id()).equals(grant.unitId()));
	}

	private static Set<Long> supervised(CurrentUser user) {
		Set<Long> units = new HashSet<>();
		user.grants()
			.stream()
			.filter((grant) -> grant.role() == Role.SUPERVISOR)
			.forEach((grant) -> units.add(grant.unitId()));
		return units;
	}

}
