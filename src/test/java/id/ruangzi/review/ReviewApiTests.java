package id.ruangzi.review;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review over the JSON API: kepala submits MTsN 2 Bandar Lampung's programme, pembina
 * reviews it, pembina.tdt (outside the unit's supervision) sees nothing. Rolled back.
 */
@IntegrationTest
@Transactional
class ReviewApiTests {

	static final String DEMO = "ruangzi-demo";

	@Autowired
	MockMvc mvc;

	@Test
	void pembinaReviewsTheSubmissionAndPembinaTdtGetsNotFound() throws Exception {
		this.mvc.perform(post("/api/v1/programmes/1/submit").with(httpBasic("kepala", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number", is(1)));
		this.mvc.perform(get("/api/v1/programmes/1").with(httpBasic("kepala", DEMO)))
			.andExpect(jsonPath("$.stage", is("DIAJUKAN")));

		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/PPA1A").with(httpBasic("pembina.tdt", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"DITERIMA\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/PPA1A").with(httpBasic("pembina", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"PERLU_REVISI\",\"note\":\"Lengkapi bukti\",\"option\":\"TIDAK\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict", is("PERLU_REVISI")))
			.andExpect(jsonPath("$.reviewerAnswer.letter", is("TIDAK")))
			.andExpect(jsonPath("$.version", is(0)));
		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/PPA1A").with(httpBasic("pembina", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"DITERIMA\",\"version\":7}"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/api/v1/programmes/1/reviews/return").with(httpBasic("pembina.tdt", DEMO)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/programmes/1/reviews/return").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome", is("RETURNED")));
		this.mvc.perform(get("/api/v1/programmes/1").with(httpBasic("kepala", DEMO)))
			.andExpect(jsonPath("$.stage", is("PENILAIAN_MANDIRI")));
		this.mvc.perform(post("/api/v1/programmes/1/submit").with(httpBasic("kepala", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number", is(2)));
		this.mvc.perform(post("/api/v1/programmes/1/reviews/complete").with(httpBasic("pembina", DEMO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome", is("COMPLETED")));
	}

	@Test
	void aBadVerdictOrReviewerAnswerIsABadRequest() throws Exception {
		this.mvc.perform(post("/api/v1/programmes/1/submit").with(httpBasic("kepala", DEMO)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/PPA1A").with(httpBasic("pembina", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"MUNGKIN\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/PPA1A").with(httpBasic("pembina", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"DITERIMA\",\"index\":3.5}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/programmes/1/reviews/items/NOPE").with(httpBasic("pembina", DEMO))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"verdict\":\"DITERIMA\"}"))
			.andExpect(status().isBadRequest());
	}

}
