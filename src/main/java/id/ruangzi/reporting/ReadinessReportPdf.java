package id.ruangzi.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the readiness report to PDF: the Thymeleaf template the HTML preview uses,
 * processed in the reader's locale, then laid out on A4 by openhtmltopdf. The stylesheet
 * is read from the classpath, so no request and no network is involved.
 */
@Component
public class ReadinessReportPdf {

	/** The report's template, shared by the PDF and the HTML preview. */
	public static final String TEMPLATE = "reporting/readiness-report";

	/** The stylesheet, as the browser loads it. */
	public static final String STYLESHEET = "/css/readiness-report.css";

	private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final ITemplateEngine templates;

	ReadinessReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param report the report
	 * @param locale the reader's locale
	 * @return the PDF document
	 */
	public byte[] render(ReadinessReport report, Locale locale) {
		try {
			String stylesheet = new ClassPathResource("static" + STYLESHEET).getURL().toExternalForm();
			String html = this.templates.process(TEMPLATE,
					new Context(locale, Map.of("report", report, "stylesheet", stylesheet, "pdf", true)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// The PDF's standard Helvetica only knows Latin-1-like text; what it cannot
			// draw
			// (a "≥" or curly quotes in a reviewer's note, non-Latin names) falls back to
			// Liberation Sans, which PDFBox ships, subset-embedded so any reader shows
			// it.
			builder.useFont(() -> PDDocument.class.getResourceAsStream(FALLBACK_FONT), "Liberation Sans", 400,
					FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
			builder.withHtmlContent(html, stylesheet);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
