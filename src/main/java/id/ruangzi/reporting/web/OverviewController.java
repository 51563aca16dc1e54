package id.ruangzi.reporting.web;

import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.reporting.OverviewFilter;
import id.ruangzi.reporting.Overviews;
import id.ruangzi.shared.api.PageRequests;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor overview: every unit in the user's scope, ranked, filtered and paged.
 */
@Controller
class OverviewController {

	private static final int PAGE_SIZE = 50;

	private final Overviews overviews;

	OverviewController(Overviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/overview")
	String overview(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("filter") OverviewFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("overview",
				this.overviews.overview(user, filter, PageRequests.of(page, PAGE_SIZE, Sort.unsorted())));
		model.addAttribute("types", UnitType.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("targets", new Predicate[] { Predicate.WBK, Predicate.WBBM });
		model.addAttribute("sorts", StandingSort.values());
		return "reporting/overview";
	}

}
