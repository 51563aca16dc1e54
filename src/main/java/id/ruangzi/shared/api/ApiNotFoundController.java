package id.ruangzi.shared.api;

import jakarta.servlet.http.HttpServletRequest;

import id.ruangzi.shared.web.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unknown API paths answer a problem document too, not the HTML error page.
 */
@RestController
class ApiNotFoundController {

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("no API resource at " + request.getRequestURI());
	}

}
