package id.ruangzi.organisation.web;

import jakarta.servlet.http.HttpServletRequest;

import id.ruangzi.shared.web.ForbiddenException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unit tree is administered by administrators only; everyone else gets 403 before any
 * form is bound. The role is read from the request rather than from identity's
 * {@code CurrentUser}: identity already depends on this module, and a dependency back
 * would make the two modules a cycle.
 */
@ControllerAdvice(
		assignableTypes = { UnitAdminController.class, UnitStatusController.class, UnitImportController.class })
class AdministratorsOnly {

	static final String ROLE = "ADMINISTRATOR";

	@ModelAttribute
	void requireAdministrator(HttpServletRequest request) {
		if (!request.isUserInRole(ROLE)) {
			throw new ForbiddenException("unit administration by " + request.getRemoteUser());
		}
	}

}
