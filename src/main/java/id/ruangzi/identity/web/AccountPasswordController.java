package id.ruangzi.identity.web;

import id.ruangzi.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.FieldRejected;
import id.ruangzi.identity.internal.OwnPassword;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone changes their own password here; after a reset or an import nobody gets
 * anywhere else until they have (see {@link MustChangePasswordInterceptor}).
 */
@Controller
@RequestMapping("/account/password")
class AccountPasswordController {

	private static final String VIEW = "identity/account/password";

	private final OwnPassword ownPassword;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	AccountPasswordController(OwnPassword ownPassword) {
		this.ownPassword = ownPassword;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordChangeForm.empty());
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal CurrentUser caller,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			CurrentUser refreshed = this.ownPassword.change(caller, form.currentPassword(), form.newPassword(),
					form.confirmation());
			refreshPrincipal(refreshed, request, response);
			Flash.success(redirect, "identity.password.changed");
			return "redirect:/";
		}
		catch (FieldRejected rejection) {
			UserEditPage.reject(result, rejection);
			return VIEW;
		}
	}

	// The session still holds the principal from login, with the must-change flag set;
	// replace it so the redirect to this page stops.
	private void refreshPrincipal(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
