package id.ruangzi.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every request mapping of the application must declare, for every kind of user, what it
 * answers; the declarations live in {@code src/test/resources/routes/*.csv}, one file per
 * module. A new route without a declaration fails the build, so no page ships unprotected
 * by accident. State-changing requests run in a rolled-back transaction.
 * <p>
 * Expectations: {@code ok} (2xx, 3xx other than to the login page, or 400 for a sample
 * without valid input), {@code login} (redirect to the login page, or 401 for the API),
 * {@code 403}, {@code 404}.
 */
@IntegrationTest
@Transactional
class RouteInventoryTests {

	/**
	 * The kinds of user, in the column order of the CSV files, with their demo accounts.
	 */
	static final Map<String, String> ACTORS = new LinkedHashMap<>();

	static {
		ACTORS.put("anonymous", null);
		ACTORS.put("member", "anggota");
		ACTORS.put("coordinator", "koordinator");
		ACTORS.put("unit_head", "kepala");
		ACTORS.put("supervisor_in", "pembina");
		ACTORS.put("supervisor_out", "pembina.tdt");
		ACTORS.put("admin", "admin");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Test
	void everyRouteHasDeclaredExpectations() throws IOException {
		Set<String> declared = new TreeSet<>(declarations().stream().map(Declaration::route).toList());
		Set<String> mapped = mappedRoutes();
		assertThat(mapped).as("routes without a line in src/test/resources/routes/*.csv").isSubsetOf(declared);
		assertThat(declared).as("declared routes that no longer exist").isSubsetOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> everyActorGetsTheDeclaredAnswer() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Declaration declaration : declarations()) {
			int column = 0;
			for (String actor : ACTORS.keySet()) {
				String expected = declaration.expectations().get(column++);
				tests.add(DynamicTest.dynamicTest(declaration.route() + " as " + actor + " -> " + expected,
						() -> check(declaration, actor, expected)));
			}
		}
		return tests.stream();
	}

	/**
	 * Every state-changing page route refuses a request without the CSRF token, even from
	 * an administrator who may otherwise use it. The API is exempt: it has no session to
	 * forge.
	 */
	@TestFactory
	Stream<DynamicTest> everyStateChangingPageRouteRefusesARequestWithoutTheCsrfToken() throws IOException {
		return declarations().stream()
			.filter((declaration) -> !declaration.method().equals("GET") && !declaration.pattern().startsWith("/api/"))
			.map((declaration) -> DynamicTest.dynamicTest(declaration.route() + " without CSRF token -> 403",
					() -> assertThat(this.mvc
						.perform(request(HttpMethod.valueOf(declaration.method()), declaration.sample())
							.with(user(this.users.loadUserByUsername("admin"))))
						.andReturn()
						.getResponse()
						.getStatus()).as(declaration.route()).isEqualTo(403)));
	}

	private void check(Declaration declaration, String actor, String expected) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(declaration.method()), declaration.sample())
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)
			.with(csrf());
		if (declaration.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(declaration.body());
		}
		String username = ACTORS.get(actor);
		if (username != null) {
			request.with(user(this.users.loadUserByUsername(username)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toLogin = status == 401 || (status == 302 && location != null && location.endsWith("/login"));
		String description = declaration.route() + " as " + actor + " answered " + status
				+ ((location != null) ? " to " + location : "");
		switch (expected) {
			case "ok" ->
				assertThat(!toLogin && (status < 400 || status == 400 || status == 409)).as(description).isTrue();
			case "login" -> assertThat(toLogin).as(description).isTrue();
			default -> assertThat(status).as(description).isEqualTo(Integer.parseInt(expected));
		}
	}

	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			// Spring Boot's error page controller renders errors; it is not a route of
			// ours.
			for (String pattern : info.getPatternValues().stream().filter((p) -> !p.equals("/error")).toList()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		}
		return routes;
	}

	static List<Declaration> declarations() throws IOException {
		List<Declaration> declarations = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:routes/*.csv")) {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
				reader.lines()
					.filter((line) -> !line.isBlank() && !line.startsWith("#"))
					.map((line) -> Declaration.parse(file.getFilename(), line))
					.forEach(declarations::add);
			}
		}
		return declarations;
	}

	/**
	 * One line: {@code METHOD,pattern,sample path,anonymous,member,coordinator,unit_head,
	 * supervisor_in,supervisor_out,admin[,json body]}.
	 */
	record Declaration(String method, String pattern, String sample, List<String> expectations, String body) {

		String route() {
			return this.method + " " + this.pattern;
		}

		static Declaration parse(String file, String line) {
			String[] cells = line.split(",", 11);
			if (cells.length < 10) {
				throw new IllegalArgumentException(file + ": expected at least 10 cells in: " + line);
			}
			List<String> expectations = List.of(cells).subList(3, 10).stream().map(String::trim).toList();
			expectations.forEach((value) -> {
				if (!Set.of("ok", "login", "403", "404").contains(value)) {
					throw new IllegalArgumentException(file + ": unknown expectation '" + value + "' in: " + line);
				}
			});
			return new Declaration(cells[0].trim(), cells[1].trim(), cells[2].trim(), expectations,
					(cells.length > 10) ? cells[10].trim() : null);
		}

	}

}
