package id.ruangzi.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses an upload over the size limit clearly, whatever form or API it comes from. The
 * servlet container reads a multipart body the first time anything asks for a parameter,
 * and Spring Security's CSRF check asks first: an oversized plain form would otherwise
 * fail inside the security filters with an error page. So the body is read here, just
 * before them, and a size failure answers 413 problem+json to API clients and scripts, or
 * goes back to the page the form is on with a message.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "upload.tooLarge";

	private final DataSize maxFileSize;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@Bean
	static FilterRegistrationBean<UploadLimitFilter> uploadLimitFilterRegistration(UploadLimitFilter filter) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			// The container's way of saying a part or the whole request is too large.
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long megabytes = this.maxFileSize.toMegabytes();
		String accept = String.valueOf(request.getHeader("Accept"));
		if (request.getRequestURI().startsWith("/api/") || accept.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
						+ "\"detail\":\"The upload is larger than " + megabytes + " MB per file.\"}");
			return;
		}
		FlashMap flash = new FlashMap();
		flash.put("flashError", MESSAGE_KEY);
		flash.put("flashArgs", new Object[] { megabytes });
		String back = backTo(request);
		flash.setTargetRequestPath(back);
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		response.sendRedirect(back);
	}

	/**
	 * The page the form is on, when the browser says so and it is one of ours; else the
	 * address posted to, as our forms post to the page they are on.
	 */
	private static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		String origin = request.getScheme() + "://" + request.getHeader("Host");
		if (referer != null && referer.startsWith(origin + "/")) {
			return referer.substring(origin.length());
		}
		return request.getRequestURI();
	}

}
