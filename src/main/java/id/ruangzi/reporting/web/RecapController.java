package id.ruangzi.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.OverviewFilter;
import id.ruangzi.reporting.OverviewScope;
import id.ruangzi.reporting.Overviews;
import id.ruangzi.reporting.RecapExports;
import id.ruangzi.shared.web.MediaTypes;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The recap of every unit in the overview as XLSX and CSV. The scope is checked before
 * the body streams (a subtree outside scope is still a 404), then rows are written as
 * they are read.
 */
@Controller
class RecapController {

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private final Overviews overviews;

	private final RecapExports exports;

	RecapController(Overviews overviews, RecapExports exports) {
		this.overviews = overviews;
		this.exports = exports;
	}

	@GetMapping("/overview/recap.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute OverviewFilter filter, Locale locale, HttpServletRequest request) {
		OverviewScope scope = this.overviews.scope(user, filter);
		return stream(request, MediaTypes.XLSX, name(scope, "xlsx"),
				(out) -> this.exports.writeXlsx(scope, out, locale));
	}

	@GetMapping("/overview/recap.csv")
	ResponseEntity<StreamingResponseBody> csv(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute OverviewFilter filter, Locale locale, HttpServletRequest request) {
		OverviewScope scope = this.overviews.scope(user, filter);
		return stream(request, new MediaType("text", "csv", StandardCharsets.UTF_8), name(scope, "csv"),
				(out) -> this.exports.writeCsv(scope, out, locale));
	}

	private static String name(OverviewScope scope, String extension) {
		String under = (scope.filter().under() != null) ? "-" + scope.filter().under() : "";
		return "rekap-zi" + under + "-" + scope.filter().year() + "." + extension;
	}

	private static ResponseEntity<StreamingResponseBody> stream(HttpServletRequest request, MediaType type, String name,
			StreamingResponseBody body) {
		AsyncWebRequest async = WebAsyncUtils.getAsyncManager(request).getAsyncWebRequest();
		if (async != null) {
			async.setTimeout(TIMEOUT.toMillis());
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(body);
	}

}
