package id.ruangzi.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under their own four prefixes instead of Spring Boot's {@code /**}
 * ({@code spring.web.resources.add-mappings=false}).
 * <p>
 * Why: every link a page renders ({@code @{...}}) passes through the resource URL
 * encoding filter, which asks each resource mapping whose pattern matches the link for a
 * versioned URL. With {@code /**} that is every link, and a link to a page (not a file)
 * is a miss that is never cached: four class path look-ups inside the nested jar per
 * link, a quarter of the CPU of an LKE area page under load. With the prefixes below, a
 * page link matches no mapping and costs nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	static final Duration MAX_AGE = Duration.ofDays(7);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The app's own files: content-hashed URLs (app-<md5>.css), so a long max-age is
		// safe.
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(MAX_AGE))
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// WebJars: the version is in the resolved path (bootstrap/5.3.8/...).
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(MAX_AGE))
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
