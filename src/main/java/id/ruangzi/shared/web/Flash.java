package id.ruangzi.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages after a redirect. They carry a message key and its arguments, not text,
 * so the page after the redirect shows them in the user's language
 * ({@code fragments/alerts.html}).
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashSuccess", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

	public static void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashError", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

}
