package id.ruangzi.pokja;

import java.time.LocalDate;

import id.ruangzi.identity.CurrentUser;
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
 * The team page and the change-agents page run the same number of SQL statements however
 * many members, agents and changes there are. Not transactional on purpose, so nothing is
 * served from a shared persistence context; what a test adds, it removes again.
 */
@IntegrationTest
class PokjaStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PokjaApi pokja;

	@Autowired
	ChangeAgentApi agents;

	@Test
	void teamPageRunsAFixedNumberOfStatementsWhateverTheMembers() throws Exception {
		CurrentUser head = principal("kepala");
		statements("/programmes/1/pokja");
		int before = statements("/programmes/1/pokja");
		try {
			for (String username : new String[] { "kepala", "ketua.tim", "guru", "anggota" }) {
				this.pokja.seat(head, 2, username, PokjaPosition.ANGGOTA);
			}
			assertThat(statements("/programmes/1/pokja")).isEqualTo(before).isLessThanOrEqualTo(20);
		}
		finally {
			for (String username : new String[] { "kepala", "ketua.tim", "guru", "anggota" }) {
				this.pokja.unseat(head, 2, principal(username).id());
			}
		}
	}

	@Test
	void agentsPageRunsAFixedNumberOfStatementsWhateverTheAgentsAndChanges() throws Exception {
		CurrentUser head = principal("kepala");
		statements("/programmes/1/agents");
		int before = statements("/programmes/1/agents");
		long agent = this.agents.appoint(head, 1, "kepala", "B-300/2026", LocalDate.of(2026, 5, 1));
		try {
			this.agents.addChange(head, 1, agent, "Perubahan satu", LocalDate.of(2026, 5, 2), true);
			this.agents.addChange(head, 1, agent, "Perubahan dua", LocalDate.of(2026, 5, 3), false);
			assertThat(statements("/programmes/1/agents")).isEqualTo(before).isLessThanOrEqualTo(25);
		}
		finally {
			this.agents.remove(head, 1, agent, 0);
		}
	}

	private int statements(String path) throws Exception {
		var principal = this.users.loadUserByUsername("kepala");
		SqlStatementCounter.reset();
		this.mvc.perform(get(path).with(user(principal))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
