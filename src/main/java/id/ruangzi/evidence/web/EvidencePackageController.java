package id.ruangzi.evidence.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import id.ruangzi.evidence.EvidenceChecks;
import id.ruangzi.evidence.EvidencePackage;
import id.ruangzi.evidence.PackagePlan;
import id.ruangzi.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
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
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A programme's evidence checks (all areas or one) and its evidence package. The package
 * is planned (rights checked, database read) on the request thread and then streamed by
 * Spring MVC's async executor straight into the response, reading only the file store.
 */
@Controller
class EvidencePackageController {

	private final EvidenceChecks checks;

	private final EvidencePackage packages;

	private final Duration timeout;

	EvidencePackageController(EvidenceChecks checks, EvidencePackage packages,
			@Value("${ruangzi.evidence.package-timeout:4h}") Duration timeout) {
		this.checks = checks;
		this.packages = packages;
		this.timeout = timeout;
	}

	@GetMapping("/programmes/{id}/evidence/checks")
	String checks(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String area, Model model) {
		model.addAttribute("report", this.checks.report(user, id, area));
		return "evidence/checks";
	}

	@GetMapping("/programmes/{id}/evidence/package.zip")
	ResponseEntity<StreamingResponseBody> zip(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			HttpServletRequest request) {
		return stream(this.packages, this.packages.plan(user, id), request, this.timeout);
	}

	/**
	 * The streamed response of a plan. The async timeout (30 s by default) is lifted for
	 * this request only, so a large package is not cut off.
	 */
	static ResponseEntity<StreamingResponseBody> stream(EvidencePackage packages, PackagePlan plan,
			HttpServletRequest request, Duration timeout) {
		AsyncWebRequest async = WebAsyncUtils.getAsyncManager(request).getAsyncWebRequest();
		if (async != null) {
			async.setTimeout(timeout.toMillis());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(plan.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body((out) -> packages.write(plan, out));
	}

}
