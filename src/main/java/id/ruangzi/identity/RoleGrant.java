package id.ruangzi.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One role held on one unit (no unit for {@link Role#ADMINISTRATOR}).
 *
 * @param role the role
 * @param unitId the unit it applies to, with its subtree for supervisors
 */
@Embeddable
public record RoleGrant(@Enumerated(EnumType.STRING) @Column(name = "role") Role role,
		@Column(name = "unit_id") Long unitId) {

	public static RoleGrant administrator() {
		return new RoleGrant(Role.ADMINISTRATOR, null);
	}

}
