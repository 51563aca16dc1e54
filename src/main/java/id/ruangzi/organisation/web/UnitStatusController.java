package id.ruangzi.organisation.web;

import id.ruangzi.shared.web.Flash;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.internal.DeletionOutcome;
import id.ruangzi.organisation.internal.UnitAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Switching a unit on and off, and deleting one nothing depends on. Deactivating is the
 * usual way out: a unit with history keeps it.
 */
@Controller
@RequestMapping("/admin/units/{code}")
class UnitStatusController {

	private final UnitAdministration administration;

	private final OrganisationApi organisation;

	UnitStatusController(UnitAdministration administration, OrganisationApi organisation) {
		this.administration = administration;
		this.organisation = organisation;
	}

	@PostMapping("/deactivate")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		this.administration.deactivate(code);
		Flash.success(redirect, "organisation.unit.deactivated", code);
		return "redirect:/admin/units/{code}";
	}

	@PostMapping("/activate")
	String activate(@PathVariable String code, RedirectAttributes redirect) {
		this.administration.activate(code);
		Flash.success(redirect, "organisation.unit.activated", code);
		return "redirect:/admin/units/{code}";
	}

	/**
	 * Records the predicate a unit holds after a penetapan, which decides whether it may
	 * aim for WBBM.
	 */
	@PostMapping("/predicate")
	String predicate(@PathVariable String code, @RequestParam(defaultValue = "") String predicate,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		boolean none = "NONE".equals(predicate);
		if (!none && !"WBK".equals(predicate) && !"WBBM".equals(predicate)) {
			Flash.error(redirect, "organisation.unit.predicate.invalid");
		}
		else if (!none && (year == null || year < 2000 || year > 2100)) {
			Flash.error(redirect, "organisation.unit.predicate.yearRequired");
		}
		else {
			this.organisation.recordHeldPredicate(code, predicate, none ? null : year);
			Flash.success(redirect, "organisation.unit.predicate.saved", code);
		}
		return "redirect:/admin/units/{code}";
	}

	@PostMapping("/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect) {
		DeletionOutcome outcome = this.administration.delete(code);
		if (outcome == DeletionOutcome.DELETED) {
			Flash.success(redirect, "organisation.unit.deleted", code);
			return "redirect:/admin/units";
		}
		Flash.error(redirect, (outcome == DeletionOutcome.HAS_CHILDREN) ? "organisation.unit.delete.hasChildren"
				: "organisation.unit.delete.inUse", code);
		return "redirect:/admin/units/{code}";
	}

}
