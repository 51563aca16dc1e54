package id.ruangzi.assessment.web;

import java.io.IOException;
import java.io.InputStream;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.WorksheetExport;
import id.ruangzi.assessment.WorksheetImport;
import id.ruangzi.assessment.WorksheetImport.ImportResult;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;

import id.ruangzi.shared.web.MediaTypes;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The LKE worksheet as an Excel file: download it, fill it offline as units are used to,
 * and upload it back.
 */
@Controller
class WorksheetXlsxController {

	static final MediaType XLSX = MediaTypes.XLSX;

	private final AssessmentApi assessment;

	private final WorksheetExport export;

	private final WorksheetImport worksheetImport;

	WorksheetXlsxController(AssessmentApi assessment, WorksheetExport export, WorksheetImport worksheetImport) {
		this.assessment = assessment;
		this.export = export;
		this.worksheetImport = worksheetImport;
	}

	@GetMapping("/programmes/{id}/lke.xlsx")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		ProgrammeView programme = this.assessment.programme(user, id);
		byte[] workbook = this.export.export(user, id);
		String name = "LKE-" + programme.unitCode() + "-" + programme.year() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(workbook);
	}

	@PostMapping("/programmes/{id}/lke")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		ProgrammeView programme = this.assessment.programme(user, id);
		this.worksheetImport.requireEditable(user, id);
		if (file == null || file.isEmpty()) {
			Flash.error(redirect, "worksheet.import.noFile");
			return "redirect:/programmes/" + id;
		}
		ImportResult result;
		try (InputStream in = file.getInputStream()) {
			result = this.worksheetImport.importWorkbook(user, id, in);
		}
		if (result.succeeded()) {
			if (result.skipped() > 0) {
				Flash.success(redirect, "worksheet.import.appliedInArea", result.items(), result.skipped());
			}
			else {
				Flash.success(redirect, "worksheet.import.applied", result.items());
			}
			return "redirect:/programmes/" + id;
		}
		model.addAttribute("programme", programme);
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("errors", result.errors());
		return "assessment/worksheet-import";
	}

}
