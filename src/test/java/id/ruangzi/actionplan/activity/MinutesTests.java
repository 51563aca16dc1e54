package id.ruangzi.actionplan.activity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinutesTests {

	@Test
	void markdownBecomesHtml() {
		assertThat(Minutes.toSafeHtml("**Penting**\n\n- satu\n- dua")).contains("<strong>Penting</strong>")
			.contains("<li>satu</li>");
	}

	@Test
	void rawHtmlIsEscapedNotRun() {
		String html = Minutes.toSafeHtml("Awal\n\n<script>alert('x')</script>\n\nteks <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void javascriptLinksLoseTheirTarget() {
		String html = Minutes
			.toSafeHtml("[klik](javascript:alert(1)) dan <javascript:alert(2)> dan [baik](https://kemenag.go.id)");
		assertThat(html).doesNotContainIgnoringCase("href=\"javascript")
			.contains("<a rel=\"nofollow\" href=\"\">klik</a>")
			.contains("href=\"https://kemenag.go.id\"");
	}

	@Test
	void noMinutesRenderAsNothing() {
		assertThat(Minutes.toSafeHtml(null)).isEmpty();
		assertThat(Minutes.toSafeHtml("  \n")).isEmpty();
	}

}
