package id.ruangzi.identity.web.api;

import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApiController {

	private final IdentityApi identity;

	MeApiController(IdentityApi identity) {
		this.identity = identity;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		List<RoleJson> roles = this.identity.rolesOf(user)
			.stream()
			.map((line) -> new RoleJson(line.role(), (line.unit() != null) ? line.unit().code() : null))
			.toList();
		return new Me(user.getUsername(), user.fullName(), roles);
	}

	record Me(String username, String fullName, List<RoleJson> roles) {
	}

	record RoleJson(Role role, String unitCode) {
	}

}
