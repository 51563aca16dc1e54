package id.ruangzi.scale;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups the budgeted pages make on the tables that grow with the country are served
 * by an index that starts with the looked-up columns. The demo database is far too small
 * for a plan to show the difference (and PostgreSQL will read a whole index for a
 * condition on its second column), so the catalogue is asked directly: dropping one of
 * these indexes, or reordering its columns, fails here.
 */
@IntegrationTest
class IndexGuardTests {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} ({1}): {2}")
	@CsvSource(delimiter = '|', value = { "answer|programme_id|the sheet of a programme",
			"answer_change|programme_id changed_at|the changes of a programme",
			"score_snapshot|programme_id snapshot_date|the history and the score two weeks ago",
			"programme_score|programme_id|the latest scores of each programme in the overview",
			"programme|unit_id year|the programme of a unit and year", "task|programme_id|the tasks of a programme",
			"task|pokja_id|the board of a pokja", "task|pic_user_id|Tugas saya",
			"task_item|task_id|the items of the listed tasks", "evidence|programme_id|the evidence of a programme",
			"evidence_item|evidence_id|the items of the listed evidence",
			"evidence_item|item_code|the evidence of an item",
			"evidence_revision|evidence_id|the revisions of the listed evidence",
			"evidence_task|task_id|the evidence of a task", "pokja|programme_id|the pokja of a programme",
			"pokja_member|pokja_id|the members of the pokja", "pokja_member|user_id|a person's pokja areas",
			"role_assignment|user_id|a person's roles", "role_assignment|unit_id|the people of a unit",
			"unit|parent_id|the children of a unit", "review_round|programme_id|the rounds of a programme",
			"activity|programme_id|the activities of a programme",
			"notification|recipient_id|the bell's unread count" })
	void aHotLookupHasAnIndexStartingWithItsColumns(String table, String columns, String usedBy) {
		String[] names = columns.split(" ");
		Long found = this.jdbc.sql("""
				select count(*) from pg_index i join pg_class t on t.oid = i.indrelid
				where t.relname = :table and i.indnkeyatts >= :n
				  and (select array_agg(a.attname::text order by k.ord)
				       from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
				       join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
				       where k.ord <= :n) = cast(:columns as text[])
				""")
			.param("table", table)
			.param("n", names.length)
			.param("columns", "{" + String.join(",", names) + "}")
			.query(Long.class)
			.single();
		assertThat(found).as("an index on %s starting with (%s), for %s", table, String.join(", ", names), usedBy)
			.isPositive();
	}

}
