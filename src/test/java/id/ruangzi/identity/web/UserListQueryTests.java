package id.ruangzi.identity.web;

import jakarta.persistence.EntityManagerFactory;

import id.ruangzi.test.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The user list runs the same few statements whatever the number of people and roles.
 */
@IntegrationTest
class UserListQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void userListRunsAPageQueryACountAndOneQueryEachForRolesAndUnits() throws Exception {
		UserDetails admin = this.userDetailsService.loadUserByUsername("admin");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.mvc.perform(get("/admin/users").with(user(admin))).andExpect(status().isOk());
			// The count is skipped when the first page is not full, hence at most four.
			assertThat(statistics.getPrepareStatementCount()).isBetween(3L, 4L);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
