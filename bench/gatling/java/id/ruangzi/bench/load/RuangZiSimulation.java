package id.ruangzi.bench.load;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load benchmark of issue 8: each scenario is one kind of request, measured first
 * with 1 user and then with 16 concurrent users (closed model: a fixed number of users,
 * each sending its next request as soon as the previous one is answered, no think time),
 * and then with 16 users who each pause between requests as a person reading the page
 * does ({@code 16t}: 1 to 3 s, {@code bench.think}). Without think time 16 users keep 16
 * requests in flight at every moment, as many as 16 people clicking every 100 ms would;
 * with it the same 16 users are 16 busy people.
 * <p>
 * A phase logs its users in (request {@code setup: login}), lets them send the
 * scenario's request for the warm-up time under the name {@code warm-up: <scenario>}
 * and then for the measured time under {@code <scenario> | <n> users}; only the latter
 * go into {@code bench/results.md}. Phases run one after another, never overlapping.
 * <p>
 * System properties (bench/run sets them): {@code bench.baseUrl}, {@code bench.data}
 * (the data set's properties file, keys as in {@code bench/demo.properties}),
 * {@code bench.scenarios} (comma separated, default all), {@code bench.users} (default
 * {@code 1,16,16t}; a {@code t} adds think time), {@code bench.think} (the pause's range
 * in seconds, default {@code 1-3}), {@code bench.warmup} and {@code bench.duration}
 * (seconds),
 * {@code bench.upload.bytes} (default 5 MB).
 */
public class RuangZiSimulation extends Simulation {

	static final List<String> ALL = List.of("login", "dashboard", "area", "answer", "tasks", "overview-kanwil",
			"overview-national", "pdf", "upload");

	/**
	 * Items of the standard LKE (PermenPAN-RB 90/2021) with two of their options, one per
	 * virtual user; {@code bench.answer.items} overrides them.
	 */
	static final String ANSWER_ITEMS = "PPA1A:YA/TIDAK,PPA1B:A/C,PPA2A:YA/TIDAK,PPA2B:A/C,PPA2C:A/C,PPA3A:A/D,"
			+ "PPA3B:A/D,PPA3C:A/D,PPA4A:YA/TIDAK,PPA4B:A/C,PPA4C:A/C,PPA4D:A/D,PPB1A:A/D,PPB1B:A/E,PPB1C:A/E,PPB2A:A/C";

	private final Properties data = load(System.getProperty("bench.data", "bench/demo.properties"));

	private final String programme = value("bench.programme.id");

	private final Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 10));

	private final Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 30));

	private final Duration thinkMin = Duration
		.ofMillis(Math.round(1000 * Double.parseDouble(System.getProperty("bench.think", "1-3").split("-")[0])));

	private final Duration thinkMax = Duration
		.ofMillis(Math.round(1000 * Double.parseDouble(System.getProperty("bench.think", "1-3").split("-")[1])));

	private final byte[] pdf = pdf(Integer.getInteger("bench.upload.bytes", 5 * 1024 * 1024));

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl"))
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("id")
		.acceptEncodingHeader("gzip, deflate")
		.disableFollowRedirect()
		.shareConnections();

	{
		Map<String, Scenario> scenarios = scenarios();
		List<String> chosen = Arrays.stream(System.getProperty("bench.scenarios", String.join(",", ALL)).split(","))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.toList();
		List<String> users = Arrays.stream(System.getProperty("bench.users", "1,16,16t").split(","))
			.map(String::trim)
			.toList();
		List<PopulationBuilder> phases = new ArrayList<>();
		for (String name : chosen) {
			Scenario scenario = scenarios.get(name);
			if (scenario == null) {
				throw new IllegalArgumentException("No scenario " + name + "; known: " + scenarios.keySet());
			}
			for (String n : users) {
				boolean think = n.endsWith("t");
				phases.add(phase(name, scenario, Integer.parseInt(think ? n.substring(0, n.length() - 1) : n), think));
			}
		}
		PopulationBuilder chain = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			chain = phases.get(i).andThen(chain);
		}
		setUp(chain).protocols(this.protocol);
	}

	/** One scenario: who runs it and the request, named by the function. */
	record Scenario(String user, Function<String, ChainBuilder> request) {

	}

	private Map<String, Scenario> scenarios() {
		String base = "/programmes/" + this.programme;
		String unitUser = value("bench.unit.user");
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		scenarios.put("login", new Scenario(unitUser, (name) -> exec(flushCookieJar()).exec(login(name, unitUser))));
		scenarios.put("dashboard", new Scenario(unitUser, (name) -> page(name, base + "/dashboard")));
		scenarios.put("area",
				new Scenario(unitUser, (name) -> page(name, base + "/areas/" + value("bench.area"))));
		scenarios.put("answer", new Scenario(unitUser, this::answer));
		scenarios.put("tasks",
				new Scenario(unitUser, (name) -> page(name, base + "/pokja/" + value("bench.pokja.id") + "/board")));
		scenarios.put("overview-kanwil", new Scenario(value("bench.kanwil.user"),
				(name) -> page(name, "/overview?under=" + value("bench.kanwil.code"))));
		scenarios.put("overview-national", new Scenario(value("bench.national.user"),
				(name) -> page(name, "/overview?page=" + this.data.getProperty("bench.national.page", "2"))));
		scenarios.put("pdf", new Scenario(unitUser,
				(name) -> exec(http(name).get(base + "/reports/readiness.pdf")
					.check(status().is(200), header("Content-Type").is("application/pdf")))));
		scenarios.put("upload", new Scenario(unitUser, this::upload));
		return scenarios;
	}

	private PopulationBuilder phase(String name, Scenario scenario, int users, boolean think) {
		String measured = name + " | " + users + ((users == 1) ? " user" : " users") + (think ? " thinking" : "");
		ChainBuilder warm = scenario.request().apply("warm-up: " + name);
		ChainBuilder measure = scenario.request().apply(measured);
		if (think) {
			warm = warm.pause(this.thinkMin, this.thinkMax);
			measure = measure.pause(this.thinkMin, this.thinkMax);
		}
		ChainBuilder body = exec(login("setup: login", scenario.user())).exitHereIfFailed()
			.during(this.warmup, "warm-up")
			.on(warm)
			.during(this.duration, "loop")
			.on(measure);
		return scenario(measured).exec(body).injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(1)));
	}

	/** Form login with the CSRF token of the login page, as a browser does it. */
	private ChainBuilder login(String name, String username) {
		return exec(http(name + " page").get("/login")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http(name).post("/login")
				.formParam("username", username)
				.formParam("password", value("bench.password"))
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").transform((location) -> location.contains("/login?error"))
					.is(false)))
			// Logging in changes the CSRF token; the next page brings the new one.
			.exec((session) -> session.remove("csrf"));
	}

	// A regular expression, not a CSS selector: selecting parses the whole page, and the
	// load generator shares the machine's two cores with the app and the database.
	private ChainBuilder page(String name, String path) {
		return exec(http(name).get(path)
			.check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")));
	}

	/**
	 * The self-assessment page's own save (htmx POST of one item), which rescores the
	 * worksheet. Every virtual user saves its own item (as people do: two people on one
	 * item at the same moment get "someone else changed this", which this benchmark does
	 * not measure), alternating between two of the item's options so every save changes
	 * the answer. A refused save renders the card with {@code aria-invalid="true"} and
	 * counts as a failure.
	 */
	private ChainBuilder answer(String name) {
		String base = "/programmes/" + this.programme;
		List<String[]> items = Arrays.stream(this.data.getProperty("bench.answer.items", ANSWER_ITEMS).split(","))
			.map((entry) -> entry.trim().split("[:/]"))
			.toList();
		return exec((session) -> {
			if (session.contains("item")) {
				return session;
			}
			String[] item = items.get((int) (session.userId() % items.size()));
			return session.set("item", item[0]).set("options", List.of(item[1], item[2])).set("answers", 0L);
		}).doIf((session) -> !session.contains("csrf"))
			.then(page("setup: area page", base + "/areas/" + value("bench.area")))
			.exec((session) -> {
				long count = session.getLong("answers");
				List<String> options = session.getList("options");
				return session.set("option", options.get((int) (count % 2))).set("answers", count + 1);
			})
			.exec(http(name).post(base + "/items/#{item}")
				.header("HX-Request", "true")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.formParam("option", "#{option}")
				.check(status().is(200), regex("aria-invalid=\"true\"").notExists()));
	}

	/** The evidence page's upload (the JSON answer its script reads), one PDF file. */
	private ChainBuilder upload(String name) {
		String base = "/programmes/" + this.programme;
		return doIf((session) -> !session.contains("csrf")).then(page("setup: evidence page", base + "/evidence"))
			.exec(http(name).post(base + "/evidence")
				.header("Accept", "application/json")
				.header("X-CSRF-TOKEN", "#{csrf}")
				.bodyPart(StringBodyPart("kind", "LAPORAN"))
				.bodyPart(StringBodyPart("title", "Bench upload"))
				.bodyPart(StringBodyPart("itemCodes", value("bench.item")))
				.bodyPart(ByteArrayBodyPart("files", this.pdf).fileName("bench.pdf").contentType("application/pdf"))
				.asMultipartForm()
				.check(status().is(200), jsonPath("$[0].ok").ofBoolean().is(true)));
	}

	private String value(String key) {
		String value = this.data.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("Missing " + key + " in the data set's properties");
		}
		return value.trim();
	}

	private static Properties load(String file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return properties;
	}

	/** A PDF-looking file (header, seeded random filler, trailer) of exactly the size. */
	static byte[] pdf(int size) {
		byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] trailer = "\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] filler = new byte[size - header.length - trailer.length];
		new Random(8).nextBytes(filler);
		ByteArrayOutputStream out = new ByteArrayOutputStream(size);
		out.writeBytes(header);
		out.writeBytes(filler);
		out.writeBytes(trailer);
		return out.toByteArray();
	}

}
