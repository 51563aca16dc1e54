package id.ruangzi.identity.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page after login: who you are and where you hold which role. Dashboards replace
 * parts of it as they land.
 */
@Controller
class HomeController {

	private final IdentityApi identity;

	HomeController(IdentityApi identity) {
		this.identity = identity;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("roles", this.identity.rolesOf(user));
		return "home";
	}

}
