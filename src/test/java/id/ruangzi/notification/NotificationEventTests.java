package id.ruangzi.notification;

import java.time.Duration;
import java.util.List;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review's events become notifications for the right people. The listeners run after
 * the review's transaction commits, so these tests commit for real and put the demo
 * programme of MTsN 2 Bandar Lampung (id 1) back afterwards.
 */
@IntegrationTest
class NotificationEventTests {

	static final long DEMO = 1;

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ReviewApi review;

	@Autowired
	NotificationApi notifications;

	@Autowired
	IdentityApi identity;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void restoreTheDemoProgramme() {
		Committed.restoreTheDemoProgramme(this.jdbc);
	}

	@Test
	void theReviewersOfAUnitAreTheSupervisorsOfItAndOfEveryUnitAboveIt() {
		long unitId = this.assessment.programme(principal("kepala"), DEMO).unitId();
		assertThat(this.identity.reviewersOf(unitId)).extracting(Person::username)
			.contains("pembina", "kanwil.lampung")
			.doesNotContain("pembina.tdt", "kepala", "admin");
		assertThat(this.identity.reviewersOf(-1)).isEmpty();
	}

	@Test
	void submittingNotifiesTheSupervisorsInScopeButNotThoseOutsideIt() {
		this.review.submit(principal("kepala"), DEMO);

		await().atMost(PATIENCE).until(() -> recipients("PROGRAMME_SUBMITTED").size() >= 2);
		assertThat(recipients("PROGRAMME_SUBMITTED")).containsExactlyInAnyOrder("kanwil.lampung", "pembina");
		assertThat(this.notifications.unreadCount(principal("pembina"))).isEqualTo(1);
		assertThat(this.notifications.unreadCount(principal("pembina.tdt"))).isZero();
		assertThat(this.notifications.unreadCount(principal("kepala"))).isZero();
	}

	@Test
	void returningAndCompletingTheReviewNotifyTheUnitsStaff() {
		List<String> staff = List.of("anggota", "guru", "kepala", "ketua.tim", "koordinator", "koordinator.sdm",
				"operator");
		this.review.submit(principal("kepala"), DEMO);
		this.review.returnForRevision(principal("pembina"), DEMO);

		await().atMost(PATIENCE).until(() -> recipients("REVISION_REQUESTED").size() >= staff.size());
		assertThat(recipients("REVISION_REQUESTED")).containsAll(staff)
			.doesNotContain("pembina", "kanwil.lampung", "pembina.tdt", "kepala.man2", "admin");

		this.review.submit(principal("ketua.tim"), DEMO);
		this.review.complete(principal("kanwil.lampung"), DEMO);

		await().atMost(PATIENCE).until(() -> recipients("REVIEW_COMPLETED").size() >= staff.size());
		assertThat(recipients("REVIEW_COMPLETED"))
			.containsExactlyInAnyOrderElementsOf(recipients("REVISION_REQUESTED"));
		assertThat(this.notifications.page(principal("kepala"), org.springframework.data.domain.PageRequest.of(0, 10))
			.getContent()).extracting(NotificationView::kind, NotificationView::round)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.REVIEW_COMPLETED, 2),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.REVISION_REQUESTED, 1));
	}

	@Test
	void aCommentNotifiesTheFollowersOfTheItemButNotItsAuthorAndUnfollowingStopsIt() {
		String item = "PPA1A";
		comment("anggota", item, 1);
		assertThat(recipients("ITEM_COMMENTED")).isEmpty();

		comment("pembina", item, 2);
		await().atMost(PATIENCE).until(() -> recipients("ITEM_COMMENTED").size() >= 1);
		assertThat(recipients("ITEM_COMMENTED")).containsExactly("anggota");

		// Kepala follows without writing; guru's comment reaches all three, not guru.
		this.notifications.follow(principal("kepala"), DEMO, item, true);
		assertThat(this.notifications.follows(principal("kepala"), DEMO, item)).isTrue();
		comment("guru", item, 4);
		await().atMost(PATIENCE).until(() -> recipients("ITEM_COMMENTED").size() >= 4);
		assertThat(recipients("ITEM_COMMENTED")).containsExactlyInAnyOrder("anggota", "anggota", "kepala", "pembina");

		// Anggota stops following: kepala's comment reaches pembina and guru only.
		this.notifications.follow(principal("anggota"), DEMO, item, false);
		comment("kepala", item, 3);
		await().atMost(PATIENCE).until(() -> recipients("ITEM_COMMENTED").size() >= 6);
		assertThat(recipients("ITEM_COMMENTED")).containsExactlyInAnyOrder("anggota", "anggota", "kepala", "pembina",
				"pembina", "guru");
		assertThat(this.notifications.page(principal("guru"), org.springframework.data.domain.PageRequest.of(0, 10))
			.getContent()).singleElement().satisfies((n) -> {
				assertThat(n.kind()).isEqualTo(NotificationKind.ITEM_COMMENTED);
				assertThat(n.itemCode()).isEqualTo(item);
				assertThat(n.actorName()).isEqualTo(principal("kepala").fullName());
				assertThat(n.unitName()).isNotBlank();
			});
		assertThat(this.jdbc.sql("select target from notification where recipient_id = :id")
			.param("id", principal("guru").id())
			.query(String.class)
			.single()).isEqualTo("/programmes/1/review#thread-" + item);
	}

	// Comments and then waits until the author follows the item (the listener's last
	// step),
	// so the next comment sees a settled list of followers.
	private void comment(String username, String item, int followersAfter) {
		this.review.comment(principal(username), DEMO, item, "Komentar dari " + username);
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.sql("select user_id from item_follow where programme_id = 1 and item_code = :code")
				.param("code", item)
				.query(Long.class)
				.list()
				.contains(principal(username).id()));
		assertThat(followers(item)).isEqualTo(followersAfter);
	}

	private int followers(String item) {
		return this.jdbc.sql("select count(*) from item_follow where programme_id = 1 and item_code = :code")
			.param("code", item)
			.query(Integer.class)
			.single();
	}

	private List<String> recipients(String kind) {
		return this.jdbc.sql("""
				select u.username from notification n join user_account u on u.id = n.recipient_id
				where n.kind = :kind and n.programme_id = 1 order by u.username
				""").param("kind", kind).query(String.class).list();
	}

	private CurrentUser principal(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
