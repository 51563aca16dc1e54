package id.ruangzi.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.ruangzi.security.RouteInventoryTests.Declaration;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SQL injection through every search, filter and sort parameter of every GET route: the
 * parameters of each inventory sample plus those the controllers read (listed below, kept
 * in step with {@code @RequestParam} and the filter records), each in turn replaced by an
 * injection string while the others keep their sample values. The answer is 2xx/3xx or
 * 400/404, never a 500, and every table is exactly as before.
 * <p>
 * Protection proven: bound parameters everywhere (JPA, JdbcClient named parameters) and
 * enums for sorts and filters ({@code TaskSort}, {@code StandingSort}, statuses, stages),
 * so unknown values are a 400 and never reach SQL text. A string concatenated into SQL
 * would make one of these a 500 (syntax error) or change the data.
 */
@IntegrationTest
@Transactional
class InjectionTests {

	static final List<String> SQL = List.of("' OR '1'='1", "1; drop table unit; --",
			"x') union select null,version()--", "due desc, (select pg_sleep(5))");

	static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

	static {
		List<String> tasks = List.of("area", "pokja", "pic", "status", "overdue", "sort", "page");
		List<String> overview = List.of("under", "year", "q", "type", "stage", "target", "sort", "desc", "page");
		PARAMETERS.put("/programmes/{id}/tasks", tasks);
		PARAMETERS.put("/programmes/{id}/tasks.xlsx", tasks);
		PARAMETERS.put("/programmes/{id}/tasks.csv", tasks);
		PARAMETERS.put("/api/v1/programmes/{id}/tasks",
				List.of("area", "pokja", "pic", "status", "overdue", "sort", "page", "size"));
		PARAMETERS.put("/me/tasks", List.of("page"));
		PARAMETERS.put("/programmes/{id}/tasks/new", List.of("area", "pokja"));
		PARAMETERS.put("/overview", overview);
		PARAMETERS.put("/overview/recap.xlsx", overview);
		PARAMETERS.put("/overview/recap.csv", overview);
		PARAMETERS.put("/api/v1/overview",
				List.of("under", "year", "q", "type", "stage", "target", "sort", "desc", "page", "size"));
		PARAMETERS.put("/overview/compare", List.of("programme"));
		PARAMETERS.put("/admin/units", List.of("q", "page"));
		PARAMETERS.put("/admin/users", List.of("q", "page"));
		PARAMETERS.put("/admin/login-log", List.of("username", "page"));
		PARAMETERS.put("/api/v1/units", List.of("under", "page", "size"));
		PARAMETERS.put("/api/v1/programmes", List.of("unitCode", "year"));
		PARAMETERS.put("/programmes/{id}/obstacles", List.of("status", "area", "page"));
		PARAMETERS.put("/programmes/{id}/activities", List.of("page"));
		PARAMETERS.put("/programmes/{id}/evidence", List.of("item", "task"));
		PARAMETERS.put("/api/v1/programmes/{id}/evidence", List.of("item"));
		PARAMETERS.put("/programmes/{id}/evidence/checks", List.of("area"));
		PARAMETERS.put("/programmes/{id}/reports/pokja", List.of("month"));
		PARAMETERS.put("/programmes/{id}/reports/pokja.xlsx", List.of("month"));
		PARAMETERS.put("/api/v1/programmes/{id}/dashboard", List.of("page", "size"));
		PARAMETERS.put("/units", List.of("page"));
		PARAMETERS.put("/units/{code}", List.of("page"));
		PARAMETERS.put("/notifications", List.of("page"));
		PARAMETERS.put("/api/v1/me/notifications", List.of("page", "size"));
		PARAMETERS.put("/login", List.of("error"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@TestFactory
	Stream<DynamicTest> injectionInAnySearchFilterOrSortParameterIsNeverAServerErrorAndChangesNothing()
			throws IOException {
		Map<String, String> before = DataFingerprint.of(this.jdbc);
		List<DynamicTest> tests = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Declaration declaration : RouteInventoryTests.declarations()) {
			if (!declaration.method().equals("GET") || declaration.pattern().contains("**")) {
				continue;
			}
			String actor = actor(declaration);
			if (actor == null) {
				continue;
			}
			UriComponents sample = UriComponentsBuilder.fromUriString(declaration.sample()).build();
			Set<String> names = new LinkedHashSet<>(sample.getQueryParams().keySet());
			names.addAll(PARAMETERS.getOrDefault(declaration.pattern(), List.of()));
			for (String name : names) {
				if (!seen.add(declaration.pattern() + "?" + name)) {
					continue;
				}
				for (String attack : SQL) {
					tests.add(DynamicTest.dynamicTest(declaration.route() + " ?" + name + "=" + attack + " as " + actor,
							() -> attack(sample, name, attack, actor)));
				}
			}
		}
		assertThat(seen).as("parameters attacked").hasSizeGreaterThan(60);
		assertThat(PARAMETERS.keySet()).as("every listed route exists in the inventory")
			.allMatch((pattern) -> seen.stream().anyMatch((key) -> key.startsWith(pattern + "?")));
		tests.add(DynamicTest.dynamicTest("every table is unchanged",
				() -> assertThat(DataFingerprint.of(this.jdbc)).isEqualTo(before)));
		return tests.stream();
	}

	/**
	 * Protection: sorts are enums ({@code TaskSort}, {@code StandingSort}); an unknown
	 * sort is refused as bad input and a known one in any case works, so no sort text
	 * reaches SQL.
	 */
	@Test
	void anUnknownSortIsRefusedAndNeverReachesSql() throws Exception {
		for (String path : List.of("/programmes/1/tasks", "/programmes/1/tasks.csv", "/api/v1/programmes/1/tasks",
				"/overview", "/api/v1/overview")) {
			String username = path.contains("overview") ? "pembina" : "kepala";
			int unknown = this.mvc
				.perform(get(path).param("sort", "title; delete from task")
					.with(user(this.users.loadUserByUsername(username))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(unknown).as(path).isEqualTo(400);
		}
		assertThat(this.mvc
			.perform(get("/programmes/1/tasks").param("sort", "priority")
				.with(user(this.users.loadUserByUsername("kepala"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private void attack(UriComponents sample, String name, String attack, String actor) throws Exception {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>(sample.getQueryParams());
		params.put(name, List.of(attack));
		MockHttpServletRequestBuilder request = get(sample.getPath())
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)
			.with(user(this.users.loadUserByUsername(actor)));
		params.forEach((key, values) -> values.forEach((value) -> request.param(key, value)));
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(sample.getPath() + "?" + name + "=" + attack + " as " + actor)
			.isIn(200, 302, 303, 400, 404);
	}

	private static String actor(Declaration declaration) {
		List<String> actors = List.copyOf(RouteInventoryTests.ACTORS.keySet());
		for (int column = actors.size() - 1; column >= 0; column--) {
			if (declaration.expectations().get(column).equals("ok") && !actors.get(column).equals("anonymous")) {
				return RouteInventoryTests.ACTORS.get(actors.get(column));
			}
		}
		return declaration.pattern().equals("/login") ? "anggota" : null;
	}

}
