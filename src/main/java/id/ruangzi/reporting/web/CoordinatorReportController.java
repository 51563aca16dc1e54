package id.ruangzi.reporting.web;

import java.time.YearMonth;
import java.util.Locale;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.CoordinatorReport;
import id.ruangzi.reporting.CoordinatorReportWorkbook;
import id.ruangzi.reporting.CoordinatorReports;

import id.ruangzi.shared.web.MediaTypes;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator report of a programme: a printable page and its XLSX export.
 */
@Controller
class CoordinatorReportController {

	private static final MediaType XLSX = MediaTypes.XLSX;

	private final CoordinatorReports reports;

	private final CoordinatorReportWorkbook workbook;

	CoordinatorReportController(CoordinatorReports reports, CoordinatorReportWorkbook workbook) {
		this.reports = reports;
		this.workbook = workbook;
	}

	@GetMapping("/programmes/{id}/reports/pokja")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		model.addAttribute("report", this.reports.report(user, id, month));
		return "reporting/pokja";
	}

	@GetMapping("/programmes/{id}/reports/pokja.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
		CoordinatorReport report = this.reports.report(user, id, month);
		String name = "capaian-pokja-" + report.programme().unitCode() + "-" + report.month() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.workbook.write(report, locale));
	}

}
