package id.ruangzi.catalogue.web;

import java.math.BigDecimal;

import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * LKE template versions for administrators: view one, clone it, change the gates of a
 * version no programme uses, and make a version current for new programmes.
 */
@Controller
@RequestMapping("/admin/templates")
class TemplateAdminController {

	private final CatalogueApi catalogue;

	TemplateAdminController(CatalogueApi catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("templates", this.catalogue.templates(user));
		return "catalogue/templates/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("summary", this.catalogue.summary(user, id));
		model.addAttribute("template", this.catalogue.template(id));
		return "catalogue/templates/show";
	}

	@PostMapping("/{id}/clone")
	String cloneTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, CloneForm form,
			RedirectAttributes redirect) {
		try {
			long clone = this.catalogue.cloneTemplate(user, id, form.code(), form.name());
			Flash.success(redirect, "catalogue.template.cloned", form.code());
			return "redirect:/admin/templates/" + clone;
		}
		catch (InvalidInputException | ConflictException ex) {
			Flash.error(redirect, "catalogue.template.cloneRefused", ex.getMessage());
			return "redirect:/admin/templates/" + id;
		}
	}

	@PostMapping("/{id}/gates")
	String updateGate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, GateForm form,
			RedirectAttributes redirect) {
		try {
			this.catalogue.updateGate(user, id, form.predicate(), form.gate(), form.threshold());
			Flash.success(redirect, "catalogue.gate.saved", form.predicate(), form.gate());
		}
		catch (InvalidInputException | ConflictException ex) {
			Flash.error(redirect, "catalogue.gate.refused", ex.getMessage());
		}
		return "redirect:/admin/templates/" + id;
	}

	@PostMapping("/{id}/current")
	String makeCurrent(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.catalogue.makeCurrent(user, id);
		Flash.success(redirect, "catalogue.template.madeCurrent");
		return "redirect:/admin/templates/" + id;
	}

	record CloneForm(String code, String name) {
	}

	record GateForm(String predicate, String gate, BigDecimal threshold) {
	}

}
