package id.ruangzi.reporting.web;

import java.util.Optional;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.CoordinatorHomes;
import id.ruangzi.reporting.Dashboards;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The unit readiness dashboard and the coordinator home of a programme, and the short
 * links from the home page that open them for a unit's newest programme.
 */
@Controller
class DashboardController {

	private final Dashboards dashboards;

	private final CoordinatorHomes homes;

	private final AssessmentApi assessment;

	DashboardController(Dashboards dashboards, CoordinatorHomes homes, AssessmentApi assessment) {
		this.dashboards = dashboards;
		this.homes = homes;
		this.assessment = assessment;
	}

	@GetMapping("/programmes/{id}/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("dashboard", this.dashboards.dashboard(user, id));
		return "reporting/dashboard";
	}

	@GetMapping("/programmes/{id}/coordinator")
	String coordinatorHome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("home", this.homes.home(user, id));
		return "reporting/coordinator-home";
	}

	@GetMapping("/units/{code}/dashboard")
	String unitDashboard(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		return newest(user, code).map((p) -> "redirect:/programmes/" + p.id() + "/dashboard")
			.orElse("redirect:/programmes");
	}

	@GetMapping("/units/{code}/coordinator")
	String unitCoordinatorHome(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
		return newest(user, code).map((p) -> "redirect:/programmes/" + p.id() + "/coordinator")
			.orElse("redirect:/programmes");
	}

	// A unit without a programme yet sends people to the list, where one may be opened.
	private Optional<ProgrammeView> newest(CurrentUser user, String code) {
		return this.assessment.programmes(user, code, null).stream().findFirst();
	}

}
