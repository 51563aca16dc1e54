package id.ruangzi.evidence.web;

import java.nio.charset.StandardCharsets;

import id.ruangzi.evidence.EvidenceContent;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response of a download: PDF and images inline (framable by our own pages for the
 * preview), everything else as an attachment; never sniffed, never cached by proxies.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<InputStreamResource> of(EvidenceContent content) {
		ContentDisposition disposition = (content.inline() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(content.fileName(), StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.contentLength(content.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate());
		if (content.inline()) {
			response.header("X-Frame-Options", "SAMEORIGIN")
				.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; frame-ancestors 'self'");
		}
		return response.body(new InputStreamResource(content.stream()));
	}

}
