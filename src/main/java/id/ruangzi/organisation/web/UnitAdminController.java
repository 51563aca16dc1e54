package id.ruangzi.organisation.web;

import id.ruangzi.shared.web.Flash;
import jakarta.validation.Valid;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.MadrasahStatus;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.organisation.internal.UnitAdministration;
import id.ruangzi.organisation.internal.UnitFieldException;

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

/**
 * The unit tree for administrators: list and search, create, edit and move.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private static final String FORM = "organisation/units/form";

	private final UnitAdministration administration;

	UnitAdminController(UnitAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q.strip());
		model.addAttribute("units", this.administration.tree(q, page));
		return "organisation/units/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("unitForm", UnitForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			String code = this.administration.create(form.toChange());
			Flash.success(redirect, "organisation.unit.created", code);
			return "redirect:/admin/units/" + code;
		}
		catch (UnitFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return form(model, null);
		}
	}

	@GetMapping("/{code}")
	String editForm(@PathVariable String code, Model model) {
		model.addAttribute("unitForm", UnitForm.of(this.administration.details(code)));
		return form(model, code);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, code);
		}
		try {
			this.administration.update(code, form.version(), form.toChange());
			Flash.success(redirect, "organisation.unit.saved", code);
			return "redirect:/admin/units/{code}";
		}
		catch (UnitFieldException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return form(model, code);
		}
	}

	private String form(Model model, String code) {
		if (code != null) {
			model.addAttribute("unit", this.administration.details(code));
			model.addAttribute("heldPredicate", this.administration.heldPredicate(code));
		}
		model.addAttribute("types", UnitType.values());
		model.addAttribute("levels", MadrasahLevel.values());
		model.addAttribute("statuses", MadrasahStatus.values());
		model.addAttribute("instansis", this.administration.instansis());
		return FORM;
	}

}
