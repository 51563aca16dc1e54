package id.ruangzi.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session cookies over a real connection (the servlet container writes them, so MockMvc
 * cannot show them). A deactivated person's open session ending is proven by
 * {@code identity.web.DeactivationEndsSessionsTests#deactivatedUserLosesTheirOpenSession};
 * the Secure flag behind a TLS proxy by {@link SecureSessionCookieTests}.
 */
@IntegrationTest
class SessionTests {

	static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * Protection: {@code server.servlet.session.cookie.http-only} and
	 * {@code same-site=lax} (script cannot read the session id; other sites cannot send
	 * it along with a cross-site POST), and no Secure flag forced on plain HTTP where it
	 * would break login.
	 */
	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> page = get("/login", null, Map.of());
		String cookie = sessionSetCookie(page);
		assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(cookie).doesNotContainIgnoringCase("secure");
	}

	/**
	 * Protection: session fixation ({@code sessionFixation().changeSessionId()}): an id
	 * planted before login is worthless after it; logout invalidates the session, so a
	 * stolen id stops working when its owner signs out.
	 */
	@Test
	void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
		HttpResponse<String> loginPage = get("/login", null, Map.of());
		String before = sessionId(loginPage);
		HttpResponse<String> login = post("/login", before,
				Map.of("username", "guru", "password", "ruangzi-demo", "_csrf", csrf(loginPage.body())));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String after = sessionId(login);
		assertThat(after).isNotBlank().isNotEqualTo(before);

		assertThat(get("/", before, Map.of()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		HttpResponse<String> home = get("/", after, Map.of());
		assertThat(home.statusCode()).isEqualTo(200);

		HttpResponse<String> logout = post("/logout", after, Map.of("_csrf", csrf(home.body())));
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		HttpResponse<String> afterLogout = get("/", after, Map.of());
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	HttpResponse<String> get(String path, String session, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String session, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static String sessionSetCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	static String sessionId(HttpResponse<?> response) {
		String cookie = sessionSetCookie(response);
		return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
