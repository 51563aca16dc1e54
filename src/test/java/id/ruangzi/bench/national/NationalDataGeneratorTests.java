package id.ruangzi.bench.national;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.bench.national.NationalDataGenerator.Options;
import id.ruangzi.bench.national.NationalDataGenerator.Result;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national data generator at a tiny scale (21 units), run twice on one directory and
 * then read back with plain JDBC: the counts follow the scale, every answer fits its
 * item, the snapshots are the engine's scores, the demo stays intact and the benchmark's
 * properties point at real rows.
 */
class NationalDataGeneratorTests {

	private static final double SCALE = 0.002;

	@TempDir
	static Path dir;

	private static Result first;

	private static Result second;

	private static EmbeddedPostgres postgres;

	private static Connection connection;

	@BeforeAll
	static void generateTwice() throws Exception {
		Options options = new Options(dir.resolve("db"), dir.resolve("files"), dir.resolve("national.properties"),
				SCALE, false);
		first = NationalDataGenerator.generate(options);
		second = NationalDataGenerator.generate(options);
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("db"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		connection = postgres.getPostgresDatabase().getConnection();
	}

	@AfterAll
	static void stop() throws Exception {
		if (connection != null) {
			connection.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void countsFollowTheScale() throws SQLException {
		NationalShape shape = NationalShape.at(SCALE);
		assertThat(shape).isEqualTo(new NationalShape(1, 1, 19));
		assertThat(first.generated()).isTrue();
		String generated = "(select id from unit where code like 'NKW-%' or code like 'NKK-%' or code like 'NMD-%' "
				+ "or code like 'NKUA-%')";
		String programmes = "(select id from programme where unit_id in " + generated + ")";
		assertThat(count("select count(*) from unit where id in " + generated)).isEqualTo(21);
		assertThat(count("select count(*) from role_assignment where unit_id in " + generated)).isEqualTo(105);
		assertThat(count("select count(*) from programme where id in " + programmes)).isEqualTo(21);
		assertThat(count("select count(*) from pokja where programme_id in " + programmes)).isEqualTo(126);
		assertThat(count("select count(*) from pokja_member m join pokja p on p.id = m.pokja_id "
				+ "where p.programme_id in " + programmes))
			.isEqualTo(252);
		assertThat(count("select count(*) from task where programme_id in " + programmes)).isEqualTo(420);
		assertThat(count("select count(*) from evidence where programme_id in " + programmes)).isEqualTo(2100);
		assertThat(count("select count(*) from evidence_revision r join evidence e on e.id = r.evidence_id "
				+ "where e.programme_id in " + programmes))
			.isEqualTo(2100);
		assertThat(count("select count(*) from score_snapshot where programme_id in " + programmes)).isEqualTo(21 * 90);
		// 16 of 21 programmes fully answered, the other five partly.
		assertThat(count("select count(*) from (select programme_id from answer where programme_id in " + programmes
				+ " group by programme_id having count(*) = 113) full_ones"))
			.isEqualTo(16);
		assertThat(count("select count(*) from answer where programme_id in " + programmes)).isBetween(16 * 113L + 150,
				16 * 113L + 500);
		assertThat(count("select count(*) from review_round where programme_id in " + programmes)).isEqualTo(2);
	}

	@Test
	void aSecondRunFindsTheDataSetAndAddsNothing() {
		assertThat(second.generated()).isFalse();
		assertThat(second.counts()).isEqualTo(first.counts());
	}

	@Test
	void everyAnswerFitsItsItem() throws SQLException {
		String answers = """
				select count(*) from answer a
				join programme p on p.id = a.programme_id
				join unit u on u.id = p.unit_id and u.code similar to 'N(KW|KK|MD|KUA)-%%'
				join lke_item i on i.template_id = p.template_id and i.code = a.item_code
				where %s
				""";
		assertThat(count(answers.formatted("true"))).isGreaterThan(1800);
		assertThat(count(answers.formatted("i.answer_type not in ('NUMERIC', 'SURVEY_INDEX') and not exists "
				+ "(select 1 from lke_option o where o.item_id = i.id and o.letter = a.option_letter)")))
			.isZero();
		assertThat(count(answers.formatted(
				"i.answer_type = 'SURVEY_INDEX' and (a.survey_index is null or a.survey_index not between 1 and 4)")))
			.isZero();
		assertThat(count(answers.formatted(
				"""
						i.answer_type = 'NUMERIC' and (a.inputs is null or a.inputs ~ '=-'
						  or (select string_agg(k.input_key, ',' order by k.input_key) from lke_item_input k where k.item_id = i.id)
						  <> (select string_agg(split_part(kv, '=', 1), ',' order by split_part(kv, '=', 1))
						      from unnest(string_to_array(a.inputs, ';')) kv))
						""")))
			.isZero();
	}

	@Test
	void theLastSnapshotIsTheEngineScoreOfTheStoredAnswers() throws SQLException {
		Map<Long, Map<String, Answer>> sheets = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select a.programme_id, a.item_code, a.option_letter, "
						+ "a.inputs, a.survey_index from answer a join programme p on p.id = a.programme_id "
						+ "join unit u on u.id = p.unit_id where u.code like 'NMD-%'")) {
			while (rows.next()) {
				sheets.computeIfAbsent(rows.getLong(1), (id) -> new LinkedHashMap<>())
					.put(rows.getString(2), answer(rows.getString(3), rows.getString(4), rows.getBigDecimal(5)));
			}
		}
		ScoringEngine engine = new ScoringEngine(LkeCsv.readPermenPanRb90());
		assertThat(sheets).isNotEmpty();
		for (Map.Entry<Long, Map<String, Answer>> sheet : sheets.entrySet()) {
			BigDecimal stored = one("select total from score_snapshot where programme_id = " + sheet.getKey()
					+ " order by snapshot_date desc limit 1");
			assertThat(stored)
				.isEqualByComparingTo(engine.score(new Worksheet(sheet.getValue()), Predicate.NONE).roundedTotal());
		}
	}

	@Test
	void theDemoLoginsAndProgrammeRemain() throws SQLException {
		assertThat(count("select count(*) from user_account where username in "
				+ "('admin', 'kepala', 'pembina', 'kanwil.lampung')"))
			.isEqualTo(4);
		assertThat(count("select count(*) from programme where id = 1")).isEqualTo(1);
	}

	@Test
	void theBenchmarkPropertiesPointAtRealRows() throws Exception {
		Properties bench = new Properties();
		try (Reader in = Files.newBufferedReader(dir.resolve("national.properties"))) {
			bench.load(in);
		}
		assertThat(bench.stringPropertyNames()).contains("bench.kanwil.user", "bench.kanwil.code",
				"bench.national.user", "bench.unit.user", "bench.programme.id", "bench.pokja.id", "bench.area",
				"bench.item", "bench.password");
		String programme = bench.getProperty("bench.programme.id");
		assertThat(count("select count(*) from answer where programme_id = " + programme)).isEqualTo(113);
		assertThat(count("select count(*) from programme where stage = 'PENILAIAN_MANDIRI' and id = " + programme))
			.isEqualTo(1);
		assertThat(count("select count(*) from pokja where area_code = 'A' and programme_id = " + programme
				+ " and id = " + bench.getProperty("bench.pokja.id")))
			.isEqualTo(1);
		assertThat(count("select count(*) from role_assignment r join user_account a on a.id = r.user_id "
				+ "join programme p on p.unit_id = r.unit_id where r.role = 'UNIT_HEAD' and a.username = '"
				+ bench.getProperty("bench.unit.user") + "' and p.id = " + programme))
			.isEqualTo(1);
		assertThat(count("select count(*) from role_assignment r join user_account a on a.id = r.user_id "
				+ "join unit u on u.id = r.unit_id where r.role = 'SUPERVISOR' and a.username = '"
				+ bench.getProperty("bench.kanwil.user") + "' and u.code = '" + bench.getProperty("bench.kanwil.code")
				+ "'"))
			.isEqualTo(1);
		String hash = text("select password_hash from user_account where username = '"
				+ bench.getProperty("bench.unit.user") + "'");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
			.matches(bench.getProperty("bench.password"), hash)).isTrue();
	}

	@Test
	void evidenceRevisionsPointAtStoredFilesWithTheirChecksumAndSize() throws Exception {
		List<String[]> revisions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select distinct sha256, size_bytes from evidence_revision "
						+ "where file_name like 'bukti-%' order by sha256 limit 20")) {
			while (rows.next()) {
				revisions.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		assertThat(revisions).hasSize(20);
		for (String[] revision : revisions) {
			String sha = revision[0];
			Path file = dir.resolve("files/evidence")
				.resolve(sha.substring(0, 2))
				.resolve(sha.substring(2, 4))
				.resolve(sha);
			byte[] content = Files.readAllBytes(file);
			assertThat(HexFormat.of().formatHex(EvidenceFiles.sha256(content))).isEqualTo(sha);
			assertThat((long) content.length).isEqualTo(Long.parseLong(revision[1]));
		}
	}

	private static Answer answer(String letter, String inputs, BigDecimal index) {
		if (letter != null) {
			return Answer.option(letter);
		}
		if (index != null) {
			return Answer.index(index);
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (String pair : inputs.split(";")) {
			values.put(pair.substring(0, pair.indexOf('=')), new BigDecimal(pair.substring(pair.indexOf('=') + 1)));
		}
		return Answer.inputs(values);
	}

	private static long count(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static BigDecimal one(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getBigDecimal(1);
		}
	}

	private static String text(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
