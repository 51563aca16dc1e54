package id.ruangzi.identity.web;

import id.ruangzi.shared.web.Flash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpSession;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.internal.ImportPreview;
import id.ruangzi.identity.internal.ImportRejected;
import id.ruangzi.identity.internal.UserAdministration;
import id.ruangzi.identity.internal.UserImport;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import of people with their roles: upload, preview with every problem by row, then
 * apply all rows or none. The uploaded content waits in the session (it holds passwords,
 * so it is not sent back to the browser); the preview's digest makes sure that what is
 * applied is what was shown.
 */
@Controller
@RequestMapping("/admin/users/import")
class UserImportController {

	static final String CONTENT = UserImportController.class.getName() + ".content";

	private static final String VIEW = "identity/users/import";

	private final UserImport userImport;

	UserImportController(UserImport userImport) {
		this.userImport = userImport;
	}

	@ModelAttribute
	void administratorsOnly(@AuthenticationPrincipal CurrentUser caller) {
		UserAdministration.requireAdministrator(caller);
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String preview(@AuthenticationPrincipal CurrentUser caller,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "identity.import.error.noFile");
			return VIEW;
		}
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		ImportPreview preview = this.userImport.preview(caller, content);
		session.setAttribute(CONTENT, content);
		model.addAttribute("preview", preview);
		return VIEW;
	}

	@PostMapping("/apply")
	String apply(@AuthenticationPrincipal CurrentUser caller, @RequestParam(defaultValue = "") String digest,
			HttpSession session, Model model, RedirectAttributes redirect) {
		String content = (String) session.getAttribute(CONTENT);
		if (content == null || !UserImport.digestOf(content).equals(digest)) {
			Flash.error(redirect, "identity.import.stale");
			return "redirect:/admin/users/import";
		}
		try {
			int created = this.userImport.apply(caller, content);
			session.removeAttribute(CONTENT);
			Flash.success(redirect, "identity.import.applied", created);
			return "redirect:/admin/users";
		}
		catch (ImportRejected rejected) {
			model.addAttribute("preview", rejected.preview());
			return VIEW;
		}
	}

}
