package id.ruangzi.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts headless Chromium for browser tests: the system's Chromium
 * ({@code CHROMIUM_PATH} or {@code /usr/bin/chromium}) when there is one, otherwise the
 * browser Playwright downloads.
 */
public final class BrowserSession implements AutoCloseable {

	// Without these, Chromium keeps calling home, which a closed network refuses noisily.
	private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private BrowserSession(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static BrowserSession start() {
		Path system = systemChromium();
		Playwright playwright = (system != null)
				? Playwright
					.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
				: Playwright.create();
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_FLAGS);
		if (system != null) {
			options.setExecutablePath(system);
		}
		return new BrowserSession(playwright, playwright.chromium().launch(options));
	}

	public Browser browser() {
		return this.browser;
	}

	private static Path systemChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path path = Path.of((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium");
		return Files.isExecutable(path) ? path : null;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
