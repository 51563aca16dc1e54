package id.ruangzi.identity.web;

import id.ruangzi.shared.web.Flash;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.FieldRejected;
import id.ruangzi.identity.internal.RoleAssignments;
import id.ruangzi.organisation.UnitSummary;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The people of one unit: a unit head gives pokja roles to existing people, an
 * administrator any unit role.
 */
@Controller
@RequestMapping("/units/{code}/people")
class UnitPeopleController {

	private static final String VIEW = "identity/units/people";

	private final RoleAssignments assignments;

	UnitPeopleController(RoleAssignments assignments) {
		this.assignments = assignments;
	}

	// Runs before binding: 404 outside the caller's scope, 403 without the right.
	@ModelAttribute("unit")
	UnitSummary unit(@AuthenticationPrincipal CurrentUser caller, @PathVariable String code) {
		return this.assignments.requireManagedUnit(caller, code);
	}

	@GetMapping
	String people(@AuthenticationPrincipal CurrentUser caller, @PathVariable String code, Model model) {
		model.addAttribute("roleForm", RoleForm.empty());
		return page(caller, code, model);
	}

	@PostMapping
	String assign(@AuthenticationPrincipal CurrentUser caller, @PathVariable String code,
			@Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.username() == null || form.username().isBlank()) {
			result.rejectValue("username", "identity.field.required");
		}
		if (!result.hasErrors()) {
			try {
				this.assignments.assignInUnit(caller, code, form.username(), form.parsedRole());
				Flash.success(redirect, "identity.unitPeople.assigned", form.username().trim());
				return redirectTo(code);
			}
			catch (FieldRejected rejection) {
				UserEditPage.reject(result, rejection);
			}
		}
		return page(caller, code, model);
	}

	@PostMapping("/remove")
	String remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable String code, RoleForm form,
			RedirectAttributes redirect) {
		if (form.username() == null || form.username().isBlank() || form.parsedRole() == null) {
			Flash.error(redirect, "identity.role.required");
			return redirectTo(code);
		}
		this.assignments.removeInUnit(caller, code, form.username(), form.parsedRole());
		Flash.success(redirect, "identity.unitPeople.removed", form.username());
		return redirectTo(code);
	}

	private String page(CurrentUser caller, String code, Model model) {
		model.addAttribute("people", this.assignments.peopleOf(caller, code));
		model.addAttribute("assignableRoles", this.assignments.assignableRoles(caller));
		return VIEW;
	}

	private static String redirectTo(String code) {
		return "redirect:/units/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/people";
	}

}
