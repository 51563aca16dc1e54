package id.ruangzi.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security failures of the JSON API as problem documents, like every other API error.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Ruang ZI\"");
			write(response, HttpStatus.UNAUTHORIZED,
					(ex.getMessage() != null && ex.getMessage().startsWith("login."))
							? "Too many failed logins for this user or address; try again later."
							: "Authentication required: use HTTP Basic with your Ruang ZI username and password.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
				"Not allowed: your roles do not permit this request.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
