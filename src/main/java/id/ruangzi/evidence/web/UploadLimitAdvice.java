package id.ruangzi.evidence.web;

import jakarta.servlet.http.HttpServletRequest;

import id.ruangzi.shared.web.Flash;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import org.springframework.beans.factory.annotation.Value;

/**
 * A request over the upload limit fails before any controller runs; instead of an error
 * page it answers 413 problem+json (API and scripts) or returns to the page it came from
 * with a message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final DataSize maxFileSize;

	UploadLimitAdvice(@Value("${ruangzi.evidence.max-file-size:50MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String accept = String.valueOf(request.getHeader("Accept"));
		if (request.getRequestURI().startsWith("/api/") || accept.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"The upload is larger than " + this.maxFileSize.toMegabytes() + " MB per file.");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		RedirectAttributes flash = new org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap();
		Flash.error(flash, "evidence.refused.requestTooLarge", this.maxFileSize.toMegabytes());
		RequestContextUtils.getOutputFlashMap(request).putAll(flash.getFlashAttributes());
		String path = request.getRequestURI().replaceFirst("/revisions$", "");
		return new RedirectView(path.startsWith("/") ? path : "/", true);
	}

}
