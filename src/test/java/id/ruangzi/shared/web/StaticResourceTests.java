package id.ruangzi.shared.web;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files live under their own prefixes, so that the links of a page are not looked
 * up as files (see {@link StaticResourceConfiguration}).
 */
@IntegrationTest
class StaticResourceTests {

	@Autowired
	ResourceUrlProvider urls;

	@Autowired
	MockMvc mvc;

	@Test
	void noResourceMappingCoversEveryPath() {
		assertThat(this.urls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/img/**", "/webjars/**");
	}

	@Test
	void aPageLinkIsNotAFileWhileAppFilesAndWebJarsGetVersionedUrls() {
		assertThat(this.urls.getForLookupPath("/programmes/1/areas/A")).isNull();
		assertThat(this.urls.getForLookupPath("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
		assertThat(this.urls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
	}

	@Test
	void versionedFilesAreCachedForAWeek() throws Exception {
		String css = this.urls.getForLookupPath("/css/app.css");
		this.mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=604800"));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=604800"));
	}

}
