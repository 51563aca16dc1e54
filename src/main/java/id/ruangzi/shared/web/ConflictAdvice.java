package id.ruangzi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A stale edit (the version in the form is older than the stored one) answers 409 with a
 * way forward: reload the page the user came from, never a silent overwrite.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ConflictAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request) {
		ModelAndView view = new ModelAndView("error/409", HttpStatus.CONFLICT);
		String referer = request.getHeader("Referer");
		// Only offer to reload a page of this application.
		if (referer != null && referer.startsWith(request.getScheme() + "://" + request.getHeader("Host") + "/")) {
			view.addObject("reloadUrl", referer);
		}
		view.addObject("status", 409);
		return view;
	}

}
