package id.ruangzi.identity.web;

import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.internal.FieldRejected;
import id.ruangzi.identity.internal.UserAdministration;
import id.ruangzi.identity.internal.UserView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The user's edit page holds several forms (details, password reset, roles); whichever
 * one failed keeps its values and errors, the others start fresh.
 */
@Component
class UserEditPage {

	static final String VIEW = "identity/users/edit";

	private final UserAdministration administration;

	UserEditPage(UserAdministration administration) {
		this.administration = administration;
	}

	String render(CurrentUser caller, String username, Model model) {
		UserView user = this.administration.find(caller, username);
		model.addAttribute("user", user);
		model.addAttribute("allRoles", List.of(Role.values()));
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", UserEditForm.of(user));
		}
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", ResetPasswordForm.empty());
		}
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute("roleForm", RoleForm.empty());
		}
		return VIEW;
	}

	static void reject(BindingResult result, FieldRejected rejection) {
		result.rejectValue(rejection.field(), rejection.messageKey());
	}

}
