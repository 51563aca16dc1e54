package id.ruangzi.organisation.web;

import id.ruangzi.organisation.CurrentScope;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitListing;
import id.ruangzi.organisation.UnitScope;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.organisation.internal.UnitAdministration;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The units a person may see, for everyone: a supervisor sees the subtree they coach, a
 * unit's staff their own unit. A unit outside the person's scope is not found.
 */
@Controller
class UnitDirectoryController {

	static final int PAGE_SIZE = 50;

	private final OrganisationApi organisation;

	private final UnitAdministration administration;

	private final CurrentScope scope;

	UnitDirectoryController(OrganisationApi organisation, UnitAdministration administration, CurrentScope scope) {
		this.organisation = organisation;
		this.administration = administration;
		this.scope = scope;
	}

	@GetMapping("/units")
	String units(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("units", this.organisation.visibleUnits(this.scope.units(), null, page(page)));
		return "organisation/units/directory";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
		UnitScope units = this.scope.units();
		UnitSummary unit = this.organisation.findUnit(code)
			.filter((candidate) -> this.organisation.isVisible(units, candidate))
			.orElseThrow(() -> new NotFoundException("unit " + code));
		Page<UnitListing> subtree = this.organisation.visibleUnits(units, unit, page(page));
		model.addAttribute("unit", this.administration.details(code));
		model.addAttribute("subtree", subtree.getContent().stream().filter((row) -> row.id() != unit.id()).toList());
		model.addAttribute("subtreePage", subtree);
		return "organisation/units/show";
	}

	private static PageRequest page(int page) {
		return PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("path"));
	}

}
