package id.ruangzi.notification.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.internal.MailPreferences;
import id.ruangzi.notification.internal.Mailer;
import id.ruangzi.shared.web.Flash;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone chooses which e-mails they receive and in which language; only their own.
 */
@Controller
@RequestMapping("/me/notifications/email")
class MailPreferencesController {

	private static final String VIEW = "notification/email";

	private final MailPreferences preferences;

	private final Mailer mailer;

	MailPreferencesController(MailPreferences preferences, Mailer mailer) {
		this.preferences = preferences;
		this.mailer = mailer;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("preferencesForm", MailPreferencesForm.of(this.preferences.of(user.id())));
		return view(user, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("preferencesForm") MailPreferencesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(user, model);
		}
		this.preferences.save(user.id(), form.enabledKinds(), form.language());
		Flash.success(redirect, "notification.email.saved");
		return "redirect:/me/notifications/email";
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("languages", MailPreferencesForm.LANGUAGES);
		model.addAttribute("mailOn", this.mailer.enabled());
		model.addAttribute("hasAddress", this.preferences.hasAddress(user.id()));
		return VIEW;
	}

}
