package id.ruangzi.actionplan.activity;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.ruangzi.actionplan.ActivityApi;
import id.ruangzi.actionplan.ActivityDraft;
import id.ruangzi.actionplan.ActivityKind;
import id.ruangzi.actionplan.ObstacleApi;
import id.ruangzi.actionplan.ObstacleDraft;
import id.ruangzi.actionplan.ObstacleSeverity;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
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
 * The activity and obstacle lists run the same number of SQL statements with the demo's
 * three rows as with a full page of rows by many people: names are read in one batch. The
 * persistence context is cleared before each request, so nothing comes from its cache.
 */
@IntegrationTest
@Transactional
class ActivityStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ActivityApi activities;

	@Autowired
	ObstacleApi obstacles;

	@Autowired
	IdentityApi identity;

	@Autowired
	EntityManager entityManager;

	@Test
	void activityAndObstacleListsRunAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
		statements("kepala", "/programmes/1/activities");
		int fewActivities = statements("kepala", "/programmes/1/activities");
		int fewObstacles = statements("kepala", "/programmes/1/obstacles");
		addRows(0, 25);
		int fullActivities = statements("kepala", "/programmes/1/activities");
		int fullObstacles = statements("kepala", "/programmes/1/obstacles");
		addRows(25, 50);
		// Spring Data skips the count query when the first page is not full, so the small
		// lists may run one statement less; beyond that, size changes nothing.
		assertThat(fullActivities).isBetween(fewActivities, fewActivities + 1).isLessThanOrEqualTo(12);
		assertThat(fullObstacles).isBetween(fewObstacles, fewObstacles + 1).isLessThanOrEqualTo(12);
		assertThat(statements("kepala", "/programmes/1/activities")).isEqualTo(fullActivities);
		assertThat(statements("kepala", "/programmes/1/activities?page=1")).isEqualTo(fullActivities);
		assertThat(statements("kepala", "/programmes/1/obstacles")).isEqualTo(fullObstacles);
		assertThat(statements("kepala", "/programmes/1/obstacles?status=TERBUKA&page=1")).isEqualTo(fullObstacles);
	}

	// Rows by four different people, so the names come from several users.
	private void addRows(int from, int to) {
		String[] recorders = { "kepala", "ketua.tim", "koordinator", "koordinator.sdm" };
		long owner = this.identity.person("anggota").orElseThrow().id();
		for (int i = from; i < to; i++) {
			CurrentUser recorder = (CurrentUser) this.users.loadUserByUsername(recorders[i % recorders.length]);
			this.activities.create(recorder, 1,
					new ActivityDraft(ActivityKind.MONEV, "Monev " + i, LocalDate.of(2026, 4, 1).plusDays(i), "Aula",
							null, Set.of(recorder.id()), "Tamu " + i, "Catatan " + i, List.of("Tindak lanjut " + i),
							null));
			this.obstacles.create(recorder, 1,
					new ObstacleDraft("Kendala " + i, null, ObstacleSeverity.SEDANG, null, owner, null));
		}
	}

	private int statements(String username, String path) throws Exception {
		var principal = this.users.loadUserByUsername(username);
		this.entityManager.flush();
		this.entityManager.clear();
		SqlStatementCounter.reset();
		this.mvc.perform(get(path).with(user(principal))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

}
