package id.ruangzi.organisation.web;

import id.ruangzi.organisation.CurrentScope;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitListing;
import id.ruangzi.organisation.UnitScope;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.shared.api.PageRequests;
import id.ruangzi.shared.api.PageResponse;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

	private final OrganisationApi organisation;

	private final CurrentScope scope;

	UnitApiController(OrganisationApi organisation, CurrentScope scope) {
		this.organisation = organisation;
		this.scope = scope;
	}

	/**
	 * The units the caller may see, optionally only the subtree of one unit (which must
	 * itself be visible, else 404).
	 */
	@GetMapping
	PageResponse<UnitJson> units(@RequestParam(required = false) String under,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		UnitScope units = this.scope.units();
		UnitSummary root = null;
		if (under != null && !under.isBlank()) {
			root = this.organisation.findUnit(under)
				.filter((unit) -> this.organisation.isVisible(units, unit))
				.orElseThrow(() -> new NotFoundException("unit " + under));
		}
		return PageResponse.of(this.organisation.visibleUnits(units, root, PageRequests.of(page, size, Sort.by("path")))
			.map(UnitJson::of));
	}

	record UnitJson(String code, String name, UnitType type, String parentCode) {

		static UnitJson of(UnitListing unit) {
			return new UnitJson(unit.code(), unit.name(), unit.type(), unit.parentCode());
		}

	}

}
