package id.ruangzi.reporting.web;

import java.util.Locale;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.ReadinessReport;
import id.ruangzi.reporting.ReadinessReportPdf;
import id.ruangzi.reporting.ReadinessReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The readiness report (Laporan Kesiapan Zona Integritas) of a programme: an HTML preview
 * and the PDF, both from the same template.
 */
@Controller
class ReadinessReportController {

	private final ReadinessReports reports;

	private final ReadinessReportPdf pdf;

	ReadinessReportController(ReadinessReports reports, ReadinessReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/programmes/{id}/reports/readiness")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.report(user, id));
		model.addAttribute("stylesheet", ReadinessReportPdf.STYLESHEET);
		model.addAttribute("pdf", false);
		return ReadinessReportPdf.TEMPLATE;
	}

	@GetMapping("/programmes/{id}/reports/readiness.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
		ReadinessReport report = this.reports.report(user, id);
		String name = "laporan-kesiapan-zi-" + report.programme().unitCode() + "-" + report.programme().year() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(this.pdf.render(report, locale));
	}

}
