package id.ruangzi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.ruangzi.identity.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While a person still uses a temporary password (after a reset or an import), every page
 * sends them to the password change. The paths that must keep working are excluded where
 * the interceptor is registered ({@link IdentityWebConfiguration}).
 */
class MustChangePasswordInterceptor implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
				|| !user.mustChangePassword()) {
			return true;
		}
		String target = request.getContextPath() + PASSWORD_PAGE;
		if (request.getHeader("HX-Request") != null) {
			// htmx would swap the redirected page into a fragment; make it navigate
			// instead.
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
		}
		else {
			response.sendRedirect(target);
		}
		return false;
	}

}
