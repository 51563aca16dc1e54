package id.ruangzi.assessment.web;

import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An area page runs the same small number of SQL statements whether three items in five
 * are answered (MTsN 2 Bandar Lampung) or all of them (MAN 2 Tanah Datar): answers are
 * read once per programme, never per item. Not transactional on purpose, so nothing is
 * served from a shared persistence context.
 */
@IntegrationTest
class StatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void areaPageRunsAFixedNumberOfStatementsWhateverIsAnswered() throws Exception {
		// The first request builds the cached scoring engine of the template.
		statements("kepala", "/programmes/1/areas/A");
		int partlyAnswered = statements("kepala", "/programmes/1/areas/A");
		int fullyAnswered = statements("kepala.man2", "/programmes/2/areas/A");
		assertThat(partlyAnswered).isEqualTo(fullyAnswered).isLessThanOrEqualTo(15);
		assertThat(statements("kepala.man2", "/programmes/2/areas/E")).isEqualTo(fullyAnswered);
		assertThat(statements("kepala.man2", "/programmes/2/hasil")).isEqualTo(fullyAnswered);
	}

	private int statements(String username, String path) throws Exception {
		var principal = this.users.loadUserByUsername(username);
		SqlStatementCounter.reset();
		this.mvc.perform(get(path).with(user(principal))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}
