package id.ruangzi.evidence.web;

import java.time.Duration;

import id.ruangzi.evidence.EvidencePackage;
import id.ruangzi.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The evidence package over the JSON API: the same ZIP, errors as problem+json. */
@RestController
class EvidencePackageApiController {

	private final EvidencePackage packages;

	private final Duration timeout;

	EvidencePackageApiController(EvidencePackage packages,
			@Value("${ruangzi.evidence.package-timeout:4h}") Duration timeout) {
		this.packages = packages;
		this.timeout = timeout;
	}

	@GetMapping("/api/v1/programmes/{id}/evidence/package")
	ResponseEntity<StreamingResponseBody> zip(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			HttpServletRequest request) {
		return EvidencePackageController.stream(this.packages, this.packages.plan(user, id), request, this.timeout);
	}

}
