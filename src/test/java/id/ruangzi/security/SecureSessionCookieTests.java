package id.ruangzi.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import id.ruangzi.test.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment the README prescribes behind a TLS-terminating proxy
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}): the container trusts
 * {@code X-Forwarded-Proto} from the proxy and marks the session cookie Secure, so the
 * browser never sends it over plain HTTP. A context of its own, because the forward
 * header strategy is fixed when the server starts.
 * <p>
 * Without the strategy (the default) the header is ignored, which is right when the app
 * is reached directly: a client must not be able to claim HTTPS or another address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class SecureSessionCookieTests {

	@LocalServerPort
	int port;

	/**
	 * Protection: the container's Secure flag on the session cookie for requests that
	 * arrived over HTTPS at the proxy; plain HTTP still gets a cookie without it.
	 */
	@Test
	void behindATlsProxyTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> overTls = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(SessionTests.sessionSetCookie(overTls)).containsIgnoringCase("; Secure")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax");
		HttpResponse<String> plain = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(SessionTests.sessionSetCookie(plain)).doesNotContainIgnoringCase("secure");
	}

}
