package id.ruangzi.reporting.web;

import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.OverviewComparisons;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two to five programmes side by side; any other number is a 400 that says why.
 */
@Controller
class OverviewCompareController {

	private final OverviewComparisons comparisons;

	OverviewCompareController(OverviewComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@GetMapping("/overview/compare")
	String compare(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "programme", required = false) List<Long> programmes, Model model) {
		model.addAttribute("comparison", this.comparisons.compare(user, programmes));
		return "reporting/compare";
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid() {
		ModelAndView page = new ModelAndView("reporting/compare", HttpStatus.BAD_REQUEST);
		page.addObject("invalid", true);
		return page;
	}

}
