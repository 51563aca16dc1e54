package id.ruangzi.identity.web;

import id.ruangzi.shared.web.Flash;
import jakarta.validation.Valid;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.FieldRejected;
import id.ruangzi.identity.internal.RoleAssignments;
import id.ruangzi.identity.internal.UserAdministration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators give and take away roles on the user's edit page.
 */
@Controller
@RequestMapping("/admin/users/{username}/roles")
class UserRoleController {

	private final RoleAssignments assignments;

	private final UserEditPage editPage;

	UserRoleController(RoleAssignments assignments, UserEditPage editPage) {
		this.assignments = assignments;
		this.editPage = editPage;
	}

	@ModelAttribute
	void administratorsOnly(@AuthenticationPrincipal CurrentUser caller) {
		UserAdministration.requireAdministrator(caller);
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
			@Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.assignments.grant(caller, username, form.parsedRole(), form.unitCode());
				return UserAdminController.done(redirect, "identity.role.added", username);
			}
			catch (FieldRejected rejection) {
				UserEditPage.reject(result, rejection);
			}
		}
		return this.editPage.render(caller, username, model);
	}

	@PostMapping("/remove")
	String remove(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username, RoleForm form,
			RedirectAttributes redirect) {
		try {
			if (form.parsedRole() == null) {
				throw new FieldRejected("role", "identity.role.required");
			}
			this.assignments.revoke(caller, username, form.parsedRole(), form.unitCode());
			return UserAdminController.done(redirect, "identity.role.removed", username);
		}
		catch (FieldRejected rejection) {
			Flash.error(redirect, rejection.messageKey());
			return "redirect:/admin/users/" + UserAdminController.path(username);
		}
	}

}
