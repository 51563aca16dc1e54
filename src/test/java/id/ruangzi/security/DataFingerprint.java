package id.ruangzi.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of the tables an attack could damage, so a test can say "the data
 * is exactly as it was" rather than only "the row count is the same".
 */
final class DataFingerprint {

	static final List<String> TABLES = List.of("unit", "user_account", "role_assignment", "programme", "answer", "task",
			"task_item", "task_comment", "evidence", "evidence_revision", "evidence_item", "activity", "obstacle",
			"review_round", "review_verdict", "review_comment", "zi_team", "pokja", "pokja_member", "lke_template",
			"lke_item");

	private DataFingerprint() {
	}

	static Map<String, String> of(JdbcClient jdbc) {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String table : TABLES) {
			digests.put(table, jdbc
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
						+ table + " t")
				.query(String.class)
				.single());
		}
		return digests;
	}

}
