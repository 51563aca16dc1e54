package id.ruangzi.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the must-change-password redirect for pages; the password page itself, login
 * and logout, static assets, the error page and the API stay reachable.
 */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MustChangePasswordInterceptor())
			.excludePathPatterns(MustChangePasswordInterceptor.PASSWORD_PAGE, "/logout", "/login", "/webjars/**",
					"/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/error/**", "/api/**");
	}

}
