package id.ruangzi.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The task list, the board and Tugas saya run the same number of SQL statements for 5
 * tasks as for 40: people, items and pokja are read once per page, never per task. Runs
 * on MAN 2 Tanah Datar's programme in a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class TaskStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TaskService tasks;

	@Autowired
	Clock clock;

	@Test
	void listBoardAndMyTasksRunAFixedNumberOfStatementsWhateverTheNumberOfTasks() throws Exception {
		long pokjaA = this.jdbc.sql("select id from pokja where programme_id = 2 and area_code = 'A'")
			.query(Long.class)
			.single();
		String[] pages = { "/programmes/2/tasks?sort=PRIORITY", "/programmes/2/pokja/" + pokjaA + "/board",
				"/me/tasks" };
		addTasks(pokjaA, 5 - count());
		assertThat(count()).isEqualTo(5);
		List<Integer> few = new ArrayList<>();
		for (String page : pages) {
			statements(page);
			few.add(statements(page));
		}
		addTasks(pokjaA, 35);
		assertThat(count()).isEqualTo(40);
		List<Integer> many = new ArrayList<>();
		for (String page : pages) {
			many.add(statements(page));
		}
		assertThat(many).isEqualTo(few);
		assertThat(few).allSatisfy((statements) -> assertThat(statements).isLessThanOrEqualTo(25));
	}

	private void addTasks(long pokjaId, long number) {
		CurrentUser head = (CurrentUser) this.users.loadUserByUsername("kepala.man2");
		LocalDate today = LocalDate.now(this.clock);
		List<TaskDraft> drafts = new ArrayList<>();
		for (int i = 0; i < number; i++) {
			drafts.add(new TaskDraft("Tugas uji " + i, null, null, pokjaId, List.of("PPA1A", "PPA2A"), "kepala.man2",
					null, today.plusDays(i - 10), (i % 3 == 0) ? "SELESAI" : "PROSES", null, null, null));
		}
		this.tasks.createAll(head, 2, drafts);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from task where programme_id = 2").query(Long.class).single();
	}

	private int statements(String path) throws Exception {
		var principal = this.users.loadUserByUsername("kepala.man2");
		SqlStatementCounter.reset();
		this.mvc.perform(get(path).with(user(principal))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}
