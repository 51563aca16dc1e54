package id.ruangzi.assessment.web;

import java.io.IOException;
import java.io.InputStream;

import id.ruangzi.assessment.TemplateWorkbooks;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * LKE template versions as Excel workbooks, for administrators: export one, or load a new
 * regulation's worksheet as a new version.
 */
@Controller
class TemplateWorkbookController {

	private final TemplateWorkbooks workbooks;

	TemplateWorkbookController(TemplateWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/admin/templates/{id}/template.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(WorksheetXlsxController.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("LKE-template-" + id + ".xlsx").build().toString())
			.body(this.workbooks.export(user, id));
	}

	@PostMapping("/admin/templates/import")
	String importWorkbook(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String regulation, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			Flash.error(redirect, "catalogue.import.refused", "file: choose an Excel workbook (.xlsx)");
			return "redirect:/admin/templates";
		}
		try (InputStream in = file.getInputStream()) {
			long id = this.workbooks.importWorkbook(user, code, name, regulation, in);
			Flash.success(redirect, "catalogue.import.done", code.trim().toUpperCase(java.util.Locale.ROOT));
			return "redirect:/admin/templates/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			Flash.error(redirect, "catalogue.import.refused", ex.getMessage());
			return "redirect:/admin/templates";
		}
	}

}
