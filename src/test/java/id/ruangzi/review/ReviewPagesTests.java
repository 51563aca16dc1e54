package id.ruangzi.review;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review pages on the demo programme of MTsN 2 Bandar Lampung (id 1): kepala submits,
 * pembina reviews and returns, the unit reads the notes. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aReturnedProgrammeShowsTheSupervisorsNoteToTheUnit() throws Exception {
		this.mvc.perform(get("/programmes/1/review").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content("Ajukan ke pembina"))
			.andExpect(content("belum pernah diajukan"));
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review"));

		this.mvc.perform(get("/reviews").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content("href=\"/programmes/1/review\""));
		this.mvc.perform(get("/reviews").with(as("pembina.tdt")))
			.andExpect(status().isOk())
			.andExpect(content("Tidak ada program yang menunggu reviu"));
		this.mvc.perform(get("/programmes/1/review").with(as("pembina.tdt"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/programmes/1/review").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content("Kembalikan untuk revisi"))
			.andExpect(content("Kalibrasi per area"));

		this.mvc
			.perform(post("/programmes/1/review/items/PPA1A").param("verdict", "PERLU_REVISI")
				.param("note", "Unggah SK tim kerja yang ditandatangani")
				.param("option", "TIDAK")
				.with(as("pembina"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review#item-PPA1A"));
		this.mvc.perform(post("/programmes/1/review/return").with(as("pembina")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review"));

		this.mvc.perform(get("/programmes/1/review").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(content("Butir yang perlu direvisi (putaran 1)"))
			.andExpect(content("Unggah SK tim kerja yang ditandatangani"))
			.andExpect(content("Dikembalikan untuk revisi"))
			.andExpect(content("Tulis komentar"))
			.andExpect(notContent("Ajukan ke pembina"));
		this.mvc
			.perform(post("/programmes/1/review/items/PPA1A/comments").param("body", "SK sudah diunggah")
				.with(as("anggota"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review#thread-PPA1A"));
		this.mvc.perform(get("/programmes/1/review").with(as("kepala")))
			.andExpect(content("SK sudah diunggah"))
			.andExpect(content("Ajukan ke pembina"));
	}

	@Test
	void aSecondRoundShowsWhatChangedSinceTheFirst() throws Exception {
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()));
		this.mvc.perform(post("/programmes/1/review/return").with(as("pembina")).with(csrf()));
		this.mvc.perform(post("/programmes/1/items/PPA1A").param("option", "TIDAK").with(as("kepala")).with(csrf()));
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()));

		this.mvc.perform(get("/programmes/1/review/rounds/2").with(as("pembina")))
			.andExpect(status().isOk())
			.andExpect(content("id=\"change-PPA1A\""))
			.andExpect(content("Butir yang jawabannya berbeda dari putaran 1"));
		this.mvc.perform(get("/programmes/1/review/rounds/3").with(as("pembina"))).andExpect(status().isNotFound());
	}

	@Test
	void returningAProgrammeThatIsNotSubmittedExplainsTheStage() throws Exception {
		this.mvc.perform(post("/programmes/1/review/return").with(as("pembina")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "review.stage.conflict"));
		this.mvc.perform(post("/programmes/1/review/return").with(as("pembina.tdt")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleVerdictFromThePageAnswersConflict() throws Exception {
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()));
		this.mvc.perform(
				post("/programmes/1/review/items/PPA1A").param("verdict", "DITERIMA").with(as("pembina")).with(csrf()));
		this.mvc
			.perform(post("/programmes/1/review/items/PPA1A").param("verdict", "PERLU_REVISI")
				.with(as("kanwil.lampung"))
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void aSupervisorMayGiveTheirOwnNumericInputsOnThePage() throws Exception {
		this.mvc.perform(post("/programmes/1/submit").with(as("kepala")).with(csrf()));
		this.mvc
			.perform(post("/programmes/1/review/items/PRA1A").param("verdict", "PERLU_REVISI")
				.param("input.agen", "5")
				.param("input.perubahan", "2")
				.with(as("pembina"))
				.with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review#item-PRA1A"));
		this.mvc.perform(get("/programmes/1/review").with(as("kepala")))
			.andExpect(content("Jawaban pembina: agen=5; perubahan=2"));
		this.mvc
			.perform(post("/programmes/1/review/items/PRA1A").param("verdict", "PERLU_REVISI")
				.param("input.agen", "lima")
				.param("version", "0")
				.with(as("pembina"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String text) {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(text));
	}

	private static org.springframework.test.web.servlet.ResultMatcher notContent(String text) {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(not(containsString(text)));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
