package id.ruangzi.review;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review pages run the same number of SQL statements with one verdict and comment as
 * with a verdict, a reviewer's answer and a comment on every lettered item.
 */
@IntegrationTest
@Transactional
class ReviewStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewApi review;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	UserDetailsService users;

	@Test
	void theReviewPageAndTheQueueRunAFixedNumberOfStatements() throws Exception {
		this.review.submit(principal("kepala"), 1);
		java.util.List<Item> lettered = this.assessment.sheet(principal("kepala"), 1)
			.template()
			.items()
			.stream()
			.filter((item) -> !item.options().isEmpty())
			.toList();
		give(lettered.get(0));
		int pageWithOne = statements("/programmes/1/review");
		int queueWithOne = statements("/reviews");

		lettered.stream().skip(1).forEach(this::give);

		assertThat(statements("/programmes/1/review")).isEqualTo(pageWithOne);
		assertThat(statements("/reviews")).isEqualTo(queueWithOne);
		assertThat(pageWithOne).isLessThan(40);
	}

	private void give(Item item) {
		this.review.verdict(principal("pembina"), 1, item.code(), Verdict.PERLU_REVISI,
				Answer.option(item.options().get(0).letter()), "Catatan " + item.code(), null);
		this.review.comment(principal("kepala"), 1, item.code(), "Balasan " + item.code());
	}

	private int statements(String path) throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("pembina")))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
