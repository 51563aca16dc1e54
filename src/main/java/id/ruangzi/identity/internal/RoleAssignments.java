package id.ruangzi.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where. Administrators give any role on the user's page; a unit
 * head gives the pokja roles (team lead, coordinator, member) in their own unit only.
 */
@Service
@Transactional
public class RoleAssignments {

	private static final Set<Role> POKJA_ROLES = EnumSet.of(Role.TEAM_LEAD, Role.COORDINATOR, Role.MEMBER);

	private static final Set<Role> UNIT_ROLES = EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR));

	private final UserAccountRepository users;

	private final OrganisationApi organisation;

	private final AccessPolicy accessPolicy;

	RoleAssignments(UserAccountRepository users, OrganisationApi organisation, AccessPolicy accessPolicy) {
		this.users = users;
		this.organisation = organisation;
		this.accessPolicy = accessPolicy;
	}

	/** Gives a person a role, on a unit unless it is the administrator role. */
	public void grant(CurrentUser caller, String username, Role role, String unitCode) {
		UserAdministration.requireAdministrator(caller);
		UserAccount account = load(username);
		if (!account.grant(grantOf(role, unitCode))) {
			throw new FieldRejected("role", "identity.role.duplicate");
		}
	}

	/**
	 * Takes a role away; administrators cannot take away their own administrator role.
	 */
	public void revoke(CurrentUser caller, String username, Role role, String unitCode) {
		UserAdministration.requireAdministrator(caller);
		UserAccount account = load(username);
		if (role == Role.ADMINISTRATOR && account.getId().equals(caller.id())) {
			throw new FieldRejected("role", "identity.role.removeOwnAdministrator");
		}
		account.revoke(grantOf(role, unitCode));
	}

	/**
	 * The unit whose people the caller may manage: 404 outside the caller's scope, 403
	 * inside it without the right.
	 */
	@Transactional(readOnly = true)
	public UnitSummary requireManagedUnit(CurrentUser caller, String unitCode) {
		return this.accessPolicy.requireUnit(caller, Action.ASSIGN_ROLES, unitCode);
	}

	/** The roles the caller may give on a unit page. */
	public Set<Role> assignableRoles(CurrentUser caller) {
		return caller.isAdministrator() ? UNIT_ROLES : POKJA_ROLES;
	}

	@Transactional(readOnly = true)
	public List<UnitPerson> peopleOf(CurrentUser caller, String unitCode) {
		UnitSummary unit = requireManagedUnit(caller, unitCode);
		return this.users.findPeopleOfUnit(unit.id());
	}

	/** Gives an existing person a role in the unit. */
	public void assignInUnit(CurrentUser caller, String unitCode, String username, Role role) {
		UnitSummary unit = requireManagedUnit(caller, unitCode);
		if (role == null || !assignableRoles(caller).contains(role)) {
			throw new FieldRejected("role", "identity.role.notAllowed");
		}
		UserAccount account = this.users.findByUsernameIgnoreCase(UserRules.clean(username))
			.orElseThrow(() -> new FieldRejected("username", "identity.user.unknown"));
		if (!account.grant(new RoleGrant(role, unit.id()))) {
			throw new FieldRejected("role", "identity.role.duplicate");
		}
	}

	/** Takes a role in the unit away; a unit head may only take away pokja roles. */
	public void removeInUnit(CurrentUser caller, String unitCode, String username, Role role) {
		UnitSummary unit = requireManagedUnit(caller, unitCode);
		if (role == null || !assignableRoles(caller).contains(role)) {
			throw new ForbiddenException("remove " + role + " on unit " + unitCode);
		}
		load(username).revoke(new RoleGrant(role, unit.id()));
	}

	private RoleGrant grantOf(Role role, String unitCode) {
		if (role == null) {
			throw new FieldRejected("role", "identity.role.required");
		}
		if (role == Role.ADMINISTRATOR) {
			return RoleGrant.administrator();
		}
		String code = UserRules.clean(unitCode);
		if (code == null) {
			throw new FieldRejected("unitCode", "identity.role.unitRequired");
		}
		UnitSummary unit = this.organisation.findUnit(code)
			.orElseThrow(() -> new FieldRejected("unitCode", "identity.unit.unknown"));
		return new RoleGrant(role, unit.id());
	}

	private UserAccount load(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("user " + username));
	}

}
