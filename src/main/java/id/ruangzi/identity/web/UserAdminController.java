package id.ruangzi.identity.web;

import id.ruangzi.shared.web.Flash;
import jakarta.validation.Valid;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.FieldRejected;
import id.ruangzi.identity.internal.UserAdministration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Administrators list, create and edit people, deactivate them and reset their passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	private final UserEditPage editPage;

	UserAdminController(UserAdministration administration, UserEditPage editPage) {
		this.administration = administration;
		this.editPage = editPage;
	}

	// Runs before binding, so a non-administrator gets 403 even for an invalid form.
	@ModelAttribute
	void administratorsOnly(@AuthenticationPrincipal CurrentUser caller) {
		UserAdministration.requireAdministrator(caller);
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser caller, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("users", this.administration.list(caller, q, page));
		return "identity/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", NewUserForm.empty());
		return "identity/users/new";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser caller, @Valid @ModelAttribute("userForm") NewUserForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/users/new";
		}
		try {
			String username = this.administration.create(caller, form.username(), form.details(), form.password());
			Flash.success(redirect, "identity.user.created", username);
			return "redirect:/admin/users/" + path(username);
		}
		catch (FieldRejected rejection) {
			UserEditPage.reject(result, rejection);
			return "identity/users/new";
		}
	}

	@GetMapping("/{username}")
	String edit(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username, Model model) {
		return this.editPage.render(caller, username, model);
	}

	@PostMapping("/{username}")
	String update(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
			@Valid @ModelAttribute("userForm") UserEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.editPage.render(caller, username, model);
		}
		this.administration.update(caller, username, form.details(), form.version());
		return done(redirect, "identity.user.saved", username);
	}

	@PostMapping("/{username}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
			RedirectAttributes redirect) {
		try {
			this.administration.setActive(caller, username, false);
			return done(redirect, "identity.user.deactivated", username);
		}
		catch (FieldRejected rejection) {
			Flash.error(redirect, rejection.messageKey());
			return "redirect:/admin/users/" + path(username);
		}
	}

	@PostMapping("/{username}/activate")
	String activate(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
			RedirectAttributes redirect) {
		this.administration.setActive(caller, username, true);
		return done(redirect, "identity.user.activated", username);
	}

	@PostMapping("/{username}/reset-password")
	String resetPassword(@AuthenticationPrincipal CurrentUser caller, @PathVariable String username,
			@Valid @ModelAttribute("resetForm") ResetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.resetPassword(caller, username, form.password());
				return done(redirect, "identity.user.passwordReset", username);
			}
			catch (FieldRejected rejection) {
				UserEditPage.reject(result, rejection);
			}
		}
		return this.editPage.render(caller, username, model);
	}

	static String done(RedirectAttributes redirect, String messageKey, String username) {
		Flash.success(redirect, messageKey, username);
		return "redirect:/admin/users/" + path(username);
	}

	static String path(String username) {
		return UriUtils.encodePathSegment(username, java.nio.charset.StandardCharsets.UTF_8);
	}

}
