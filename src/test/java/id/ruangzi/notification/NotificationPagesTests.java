package id.ruangzi.notification;

import java.util.List;
import java.util.stream.IntStream;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.notification.internal.Notification;
import id.ruangzi.notification.internal.NotificationRepository;
import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the list, opening and marking read, the JSON list and the follow button, on
 * notifications stored directly. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class NotificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationRepository repository;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startWithoutNotifications() {
		this.jdbc.sql("delete from notification").update();
	}

	@Test
	void theBellShowsTheUnreadCountWithAnAccessibleName() throws Exception {
		this.mvc.perform(get("/notifications/count").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("badge"))))
			.andExpect(content().string(containsString("0 belum dibaca")));
		give("kepala", 3);
		this.mvc.perform(get("/notifications/count").with(as("kepala")))
			.andExpect(content().string(containsString(">3</span>")))
			.andExpect(content().string(containsString("3 belum dibaca")));
		this.mvc.perform(get("/notifications/count").with(as("pembina")))
			.andExpect(content().string(containsString("0 belum dibaca")));
	}

	@Test
	void everyPageHasTheBellThatLoadsItsCountLazily() throws Exception {
		this.mvc.perform(get("/").with(as("anggota")))
			.andExpect(content().string(containsString("id=\"notification-bell\" href=\"/notifications\"")))
			.andExpect(content().string(containsString("hx-get=\"/notifications/count\"")));
	}

	@Test
	void theListShowsTheNewestFirstUnreadHighlightedAndOpeningOneMarksItRead() throws Exception {
		List<Notification> given = give("kepala", 3);
		Notification newest = given.get(2);
		this.mvc.perform(get("/notifications").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reviu LKE MTsN 2 Bandar Lampung selesai (putaran 3).")))
			.andExpect(content().string(containsString("notification-unread")));

		this.mvc.perform(get("/notifications/" + newest.getId()).with(as("kepala")))
			.andExpect(redirectedUrl("/programmes/1/review"));

		assertThat(unread("kepala")).isEqualTo(2);
		this.mvc.perform(post("/notifications/read").with(as("kepala")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(unread("kepala")).isZero();
		this.mvc.perform(get("/notifications").with(as("kepala")))
			.andExpect(content().string(not(containsString("notification-unread"))));
	}

	@Test
	void someoneElsesNotificationIsNotFound() throws Exception {
		Notification mine = give("kepala", 1).get(0);
		this.mvc.perform(get("/notifications/" + mine.getId()).with(as("pembina"))).andExpect(status().isNotFound());
		assertThat(unread("kepala")).isEqualTo(1);
	}

	@Test
	void theListRunsAFixedNumberOfStatementsWhateverItHolds() throws Exception {
		give("kepala", 3);
		int withThree = statements();
		give("kepala", 27);
		assertThat(statements()).isEqualTo(withThree);
		assertThat(withThree).isLessThan(15);
	}

	@Test
	void theJsonListIsPagedAndOnlyTheUsersOwn() throws Exception {
		give("kepala", 3);
		give("pembina", 1);
		this.mvc.perform(get("/api/v1/me/notifications?size=2").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(3))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].kind").value("REVIEW_COMPLETED"))
			.andExpect(jsonPath("$.content[0].unitName").value("MTsN 2 Bandar Lampung"));
		this.mvc.perform(get("/api/v1/me/notifications/unread-count").with(as("pembina")))
			.andExpect(jsonPath("$.unread").value(1));
	}

	@Test
	void theFollowButtonTogglesWithHtmxAndOutsideScopeIsNotFound() throws Exception {
		this.mvc.perform(get("/programmes/1/items/PPA1A/follow").with(as("anggota")))
			.andExpect(content().string(containsString(">Ikuti</button>")));
		this.mvc
			.perform(post("/programmes/1/items/PPA1A/follow").param("follow", "true")
				.header("HX-Request", "true")
				.with(as("anggota"))
				.with(csrf()))
			.andExpect(content().string(containsString(">Berhenti mengikuti</button>")));
		this.mvc.perform(get("/programmes/1/items/PPA1A/follow").with(as("anggota")))
			.andExpect(content().string(containsString(">Berhenti mengikuti</button>")));
		this.mvc
			.perform(post("/programmes/1/items/PPA1A/follow").param("follow", "false").with(as("anggota")).with(csrf()))
			.andExpect(redirectedUrl("/programmes/1/review#thread-PPA1A"));
		this.mvc.perform(get("/programmes/1/items/PPA1A/follow").with(as("anggota")))
			.andExpect(content().string(containsString(">Ikuti</button>")));
		this.mvc.perform(post("/programmes/1/items/NOPE/follow").with(as("anggota")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/programmes/1/items/PPA1A/follow").with(as("pembina.tdt")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private int statements() throws Exception {
		SqlStatementCounter.reset();
		this.mvc.perform(get("/notifications").with(as("kepala"))).andExpect(status().isOk());
		return SqlStatementCounter.count();
	}

	private long unread(String username) {
		return this.repository.countByRecipientIdAndReadAtIsNull(principal(username).id());
	}

	// Alternating kinds, one actor per comment, oldest first; the last is
	// REVIEW_COMPLETED.
	private List<Notification> give(String username, int count) {
		long recipient = principal(username).id();
		long actor = principal("pembina").id();
		long unitId = this.jdbc.sql("select unit_id from programme where id = 1").query(Long.class).single();
		List<Notification> rows = IntStream.rangeClosed(1, count).mapToObj((i) -> {
			NotificationKind kind = switch ((count - i) % 3) {
				case 0 -> NotificationKind.REVIEW_COMPLETED;
				case 1 -> NotificationKind.ITEM_COMMENTED;
				default -> NotificationKind.REVISION_REQUESTED;
			};
			boolean comment = kind == NotificationKind.ITEM_COMMENTED;
			return new Notification(recipient, kind, 1, unitId, comment ? null : i, comment ? "PPA1A" : null,
					comment ? actor : null, "/programmes/1/review");
		}).toList();
		List<Notification> saved = this.repository.saveAllAndFlush(rows);
		// Distinct creation times, so "newest first" is well defined.
		for (int i = 0; i < saved.size(); i++) {
			this.jdbc.sql("update notification set created_at = now() - make_interval(secs => :age) where id = :id")
				.param("age", saved.size() - i)
				.param("id", saved.get(i).getId())
				.update();
		}
		return saved;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
