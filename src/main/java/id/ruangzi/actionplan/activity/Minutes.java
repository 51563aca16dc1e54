package id.ruangzi.actionplan.activity;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Minutes are written in Markdown and shown as HTML. Raw HTML in the text is escaped and
 * links with unsafe schemes ({@code javascript:} and the like) are emptied, so the result
 * is safe to put into a page unescaped.
 */
public final class Minutes {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>\n")
		.build();

	private Minutes() {
	}

	/**
	 * @param markdown the minutes as written, or null
	 * @return safe HTML, empty for no minutes
	 */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERER.render(PARSER.parse(markdown));
	}

}
