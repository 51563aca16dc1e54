package id.ruangzi.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the UI translatable: both languages have the same keys, and templates carry no
 * literal text, only message keys.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// Text between tags, or in a user-visible attribute, that contains a letter.
	private static final Pattern LITERAL_TEXT = Pattern.compile(">\\s*([^<>]*\\p{L}[^<>]*?)\\s*<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(?:title|alt|placeholder|aria-label|value|label)=\"([^\"]*\\p{L}[^\"]*)\"");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		for (String bundle : configuredBundles()) {
			Set<String> indonesian = keys(bundle + ".properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(english).as("keys of %s_en.properties", bundle).isEqualTo(indonesian);
		}
		assertThat(keys("messages.properties")).isNotEmpty();
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			List<String> bundles = files.map((path) -> Path.of("src/main/resources").relativize(path).toString())
				.filter((name) -> name.endsWith(".properties") && !name.startsWith("application")
						&& !name.endsWith("_en.properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.toList();
			assertThat(configuredBundles()).containsExactlyInAnyOrderElementsOf(bundles);
		}
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
				collect(file, LITERAL_TEXT.matcher(html), literals);
				collect(file, LITERAL_ATTRIBUTE.matcher(html), literals);
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void literalTextCheckCatchesHardCodedWords() {
		List<String> literals = new ArrayList<>();
		collect(Path.of("sample.html"), LITERAL_TEXT.matcher("<p>Simpan</p><span th:text=\"#{x}\"></span>"), literals);
		collect(Path.of("sample.html"), LITERAL_ATTRIBUTE.matcher("<input placeholder=\"Cari unit\">"), literals);
		assertThat(literals).containsExactly("sample.html: Simpan", "sample.html: Cari unit");
	}

	private static List<String> configuredBundles() throws IOException {
		Properties application = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			application.load(in);
		}
		return List.of(application.getProperty("spring.messages.basename").split(","));
	}

	private static void collect(Path file, Matcher matcher, List<String> into) {
		while (matcher.find()) {
			into.add(file.getFileName() + ": " + matcher.group(1).trim());
		}
	}

	private static Set<String> keys(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
