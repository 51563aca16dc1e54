package id.ruangzi.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core from its WebJar, injected into a page by the test: the violations of impact
 * serious or critical against WCAG 2.1 AA (wcag2a, wcag2aa, wcag21a, wcag21aa). The app's
 * CSP forbids injected script, so the page's browser context must bypass CSP.
 */
public final class Axe {

	private static final String RUN = """
			async () => {
			  const result = await axe.run(document, {
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '));
			}
			""";

	private static final String SCRIPT = load();

	private Axe() {
	}

	/**
	 * Runs axe-core on the page as it is now.
	 * @param page a page in a context that bypasses CSP
	 * @return one line per serious or critical violation: rule id, impact, first nodes
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
		return (List<String>) page.evaluate(RUN);
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
