package id.ruangzi.organisation.web;

import id.ruangzi.shared.web.Flash;
import java.io.IOException;

import id.ruangzi.organisation.internal.ImportPreview;
import id.ruangzi.organisation.internal.UnitImport;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing units from CSV in two steps: upload for a preview that names every bad row,
 * then apply all rows at once. The file's text travels in a hidden field between the two
 * and is checked again before anything is written.
 */
@Controller
@RequestMapping("/admin/units/import")
class UnitImportController {

	private static final String PAGE = "organisation/units/import";

	private final UnitImport unitImport;

	UnitImportController(UnitImport unitImport) {
		this.unitImport = unitImport;
	}

	@GetMapping
	String uploadForm() {
		return PAGE;
	}

	@PostMapping
	String preview(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
		byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
		model.addAttribute("preview", this.unitImport.preview(bytes));
		return PAGE;
	}

	@PostMapping("/apply")
	String apply(@RequestParam(defaultValue = "") String content, Model model, RedirectAttributes redirect) {
		ImportPreview result;
		try {
			result = this.unitImport.apply(content);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone created one of the codes between the check and the insert; all rows
			// were rolled back.
			Flash.error(redirect, "organisation.import.error.concurrent");
			return "redirect:/admin/units/import";
		}
		if (!result.applied()) {
			model.addAttribute("preview", result);
			return PAGE;
		}
		Flash.success(redirect, "organisation.import.applied", result.rows().size());
		return "redirect:/admin/units";
	}

}
