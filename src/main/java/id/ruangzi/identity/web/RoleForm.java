package id.ruangzi.identity.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;

import id.ruangzi.identity.Role;

/**
 * A role to give or take away: on a unit (by code), or the global administrator role. The
 * role is kept as text so an unknown value becomes a field error, not a conversion
 * failure.
 */
record RoleForm(@NotBlank(message = "{identity.role.required}") String role, String unitCode, String username) {

	static RoleForm empty() {
		return new RoleForm("", "", "");
	}

	Role parsedRole() {
		String name = (this.role != null) ? this.role.trim().toUpperCase(Locale.ROOT) : "";
		return Arrays.stream(Role.values())
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElse(null);
	}

}
