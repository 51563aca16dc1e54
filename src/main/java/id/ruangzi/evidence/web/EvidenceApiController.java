package id.ruangzi.evidence.web;

import java.net.URI;
import java.util.List;

import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.evidence.EvidenceView;
import id.ruangzi.evidence.UploadResult;
import id.ruangzi.identity.CurrentUser;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence over the JSON API, with the same rules as the pages: a multipart POST with
 * {@code file} or {@code url}; a refused file answers 400 problem+json naming the file
 * and the reason.
 */
@RestController
class EvidenceApiController {

	private final EvidenceApi evidence;

	EvidenceApiController(EvidenceApi evidence) {
		this.evidence = evidence;
	}

	@PostMapping("/api/v1/programmes/{id}/evidence")
	ResponseEntity<UploadJson> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute EvidenceForm form, @RequestParam(name = "file", required = false) MultipartFile file) {
		List<MultipartFile> chosen = EvidenceController.chosen((file == null) ? null : List.of(file));
		UploadResult result = this.evidence.create(user, id, form.toDraft(),
				chosen.isEmpty() ? null : EvidenceController.upload(chosen.get(0)));
		return ResponseEntity.created(URI.create("/api/v1/evidence/" + result.evidence().id()))
			.body(new UploadJson(result.evidence(), result.sameContent()));
	}

	@GetMapping("/api/v1/programmes/{id}/evidence")
	List<EvidenceView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String item) {
		return this.evidence.page(user, id, item).evidence();
	}

	@GetMapping("/api/v1/evidence/{id}/content")
	ResponseEntity<InputStreamResource> content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Downloads.of(this.evidence.currentContent(user, id));
	}

	record UploadJson(EvidenceView evidence, List<String> sameContent) {

	}

}
