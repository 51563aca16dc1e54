package id.ruangzi.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications are written after the review's transaction commits, so their tests commit
 * too and put the shared demo database back as it was, before and after each test.
 */
final class Committed {

	private Committed() {
	}

	/** No notifications or follows, and programme 1 (MTsN 2) back in PEMBANGUNAN. */
	static void restoreTheDemoProgramme(JdbcClient jdbc) {
		jdbc.sql("delete from notification").update();
		jdbc.sql("delete from item_follow").update();
		jdbc.sql("delete from review_comment where programme_id = 1").update();
		jdbc.sql("delete from review_round where programme_id = 1").update();
		jdbc.sql("update programme set stage = 'PEMBANGUNAN' where id = 1").update();
	}

}
