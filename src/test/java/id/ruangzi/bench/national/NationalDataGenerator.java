package id.ruangzi.bench.national;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import id.ruangzi.RuangZiApplication;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.bench.national.EvidenceFiles.StoredFile;
import id.ruangzi.bench.national.Organisation.GeneratedUnit;
import id.ruangzi.shared.time.TimeConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills an embedded PostgreSQL data directory with issue 8's national data set: 10,034
 * units under KEMENAG, 50,170 people, a programme per unit with its pokja, over a million
 * answers, 200,000 tasks, a million evidence records, review rounds and 90 days of score
 * snapshots.
 *
 * <p>
 * It boots the application once on the directory (Flyway and the demo data run as in
 * production), then writes every module's tables directly with COPY in one transaction.
 * That crosses every module boundary on purpose: this is test tooling, never shipped, and
 * going through the facades would take hours. Passwords are hashed once with the app's
 * encoder and shared by all generated people; scores come from the real scoring engine.
 *
 * <p>
 * Arguments: {@code --dir=} (database, default {@code target/bench/national-db}),
 * {@code --files=} (file store, default {@code target/bench/national-files}),
 * {@code --properties=} (default {@code target/bench/national.properties}),
 * {@code --scale=} (default 1) and {@code --force} (recreate an existing data set).
 */
public final class NationalDataGenerator {

	static final String PASSWORD = "ruangzi-demo";

	private static final List<String> COUNTED = List.of("unit", "user_account", "role_assignment", "programme",
			"zi_team", "pokja", "pokja_member", "answer", "score_snapshot", "task", "task_item", "evidence",
			"evidence_revision", "evidence_item", "evidence_task", "review_round", "review_round_answer",
			"review_verdict", "review_round_evidence");

	private NationalDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Result result = generate(Options.parse(args));
		System.out.println(result.summary());
	}

	/**
	 * Generates the data set, or says it is already there.
	 * @param options where and how much
	 * @return what was done
	 */
	public static Result generate(Options options) throws IOException, SQLException {
		long started = System.nanoTime();
		if (options.force()) {
			deleteRecursively(options.dir());
			deleteRecursively(options.files());
		}
		Map<String, Long> timings = new LinkedHashMap<>();
		try (ConfigurableApplicationContext context = boot(options)) {
			timings.put("boot (Flyway, demo data)", millisSince(started));
			DataSource dataSource = context.getBean(DataSource.class);
			NationalShape shape = NationalShape.at(options.scale());
			try (Connection connection = dataSource.getConnection()) {
				if (exists(connection)) {
					return new Result(false, shape, counts(connection), timings, millisSince(started));
				}
				String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
				Properties bench = load(connection, shape, options, hash, timings);
				long step = System.nanoTime();
				resetSequences(connection);
				try (Statement statement = connection.createStatement()) {
					// The snapshot triggers rewrote each programme_score row 90 times in
					// the load's one transaction, where no old version can be pruned:
					// 10,000 rows in 97 MB. A running app keeps the table packed (HOT
					// updates, V96), so the data set starts packed too.
					statement.execute("vacuum full programme_score");
					statement.execute("vacuum analyze");
				}
				timings.put("sequences, vacuum analyze", millisSince(step));
				writeProperties(options.properties(), bench);
				return new Result(true, shape, counts(connection), timings, millisSince(started));
			}
		}
	}

	private static ConfigurableApplicationContext boot(Options options) {
		// A servlet context on a random loopback port: the security configuration needs
		// one.
		SpringApplication app = new SpringApplication(RuangZiApplication.class);
		return app.run("--server.port=0", "--server.address=127.0.0.1",
				"--ruangzi.embedded-db.dir=" + options.dir().toAbsolutePath(),
				"--ruangzi.storage.dir=" + options.files().toAbsolutePath(), "--ruangzi.demo-data=true",
				"--ruangzi.scheduling.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.id.ruangzi=INFO");
	}

	private static boolean exists(Connection connection) throws SQLException {
		return count(connection, "select count(*) from unit where code = 'NKW-01'") > 0;
	}

	private static Properties load(Connection connection, NationalShape shape, Options options, String hash,
			Map<String, Long> timings) throws SQLException, IOException {
		LkeTemplate template = LkeCsv.readPermenPanRb90();
		ScoringEngine engine = new ScoringEngine(template);
		long templateId = count(connection, "select id from lke_template where current");
		checkCatalogue(connection, templateId, template);
		long instansiId = count(connection, "select id from instansi where code = 'KEMENAG'");
		Map<String, String> areaNames = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select code, name from lke_area where template_id = " + templateId)) {
			while (rows.next()) {
				areaNames.put(rows.getString(1).trim(), rows.getString(2));
			}
		}
		Map<String, Long> bases = new HashMap<>();
		for (String table : List.of("unit", "user_account", "programme", "zi_team", "pokja", "task", "evidence",
				"evidence_revision", "review_round")) {
			bases.put(table, count(connection, "select coalesce(max(id), 0) from " + table));
		}
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		connection.setAutoCommit(false);
		long step = System.nanoTime();
		Organisation organisation = new Organisation(shape, bases.get("unit"), bases.get("user_account"));
		organisation.write(connection, instansiId, hash);
		timings.put("units, people, roles", millisSince(step));
		step = System.nanoTime();
		Answers answers = new Answers(template);
		Programmes programmes = new Programmes(organisation, answers, engine, templateId, today, bases.get("programme"),
				bases.get("zi_team"), bases.get("pokja"));
		programmes.write(connection, areaNames);
		timings.put("programmes, pokja, answers, snapshots", millisSince(step));
		step = System.nanoTime();
		List<StoredFile> files = EvidenceFiles.write(options.files(), NationalShape.EVIDENCE_FILES);
		new Work(organisation, programmes, answers, template, files, today, bases).write(connection);
		timings.put("tasks, evidence, reviews", millisSince(step));
		step = System.nanoTime();
		connection.commit();
		connection.setAutoCommit(true);
		timings.put("commit", millisSince(step));
		return benchProperties(organisation, programmes);
	}

	/**
	 * The generator scores with the shipped CSV; the database must hold the same items.
	 */
	private static void checkCatalogue(Connection connection, long templateId, LkeTemplate template)
			throws SQLException {
		Set<String> stored = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select code from lke_item where template_id = " + templateId)) {
			while (rows.next()) {
				stored.add(rows.getString(1));
			}
		}
		Set<String> scored = new TreeSet<>(template.items().stream().map(Item::code).toList());
		if (!stored.equals(scored)) {
			throw new IllegalStateException("the current LKE template is not PermenPANRB 90/2021's: " + stored);
		}
	}

	/**
	 * The load benchmark's targets: the first Kanwil (about 300 units below it at full
	 * scale) and a fully answered madrasah programme under it, open for answers.
	 */
	private static Properties benchProperties(Organisation organisation, Programmes programmes) {
		GeneratedUnit kanwil = organisation.units.get(0);
		GeneratedUnit unit = organisation.units.stream()
			.filter((u) -> u.kanwil() == kanwil && "MADRASAH".equals(u.type()))
			.filter((u) -> "PENILAIAN_MANDIRI".equals(Programmes.stage(u.index())))
			.findFirst()
			.orElseThrow();
		long below = organisation.units.stream().filter((u) -> u.path().startsWith(kanwil.path())).count();
		Properties properties = new Properties();
		properties.setProperty("bench.kanwil.user", Organisation.username(kanwil, 4));
		properties.setProperty("bench.kanwil.code", kanwil.code());
		properties.setProperty("bench.kanwil.units", String.valueOf(below));
		properties.setProperty("bench.national.user", "admin");
		properties.setProperty("bench.unit.user", Organisation.username(unit, 0));
		properties.setProperty("bench.programme.id", String.valueOf(programmes.programme(unit)));
		properties.setProperty("bench.pokja.id", String.valueOf(programmes.pokja(unit, 0)));
		properties.setProperty("bench.area", "A");
		properties.setProperty("bench.item", "PPA1A");
		properties.setProperty("bench.password", PASSWORD);
		return properties;
	}

	private static void writeProperties(Path file, Properties properties) throws IOException {
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
			properties.store(out, "National data set for the load benchmark (NationalDataGenerator)");
		}
	}

	/** Every identity column continues after the highest id, explicit ones included. */
	private static void resetSequences(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select table_name from information_schema.columns "
						+ "where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
						+ "coalesce((select max(id) from " + table + "), 0) + 1, false)");
			}
		}
	}

	private static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : COUNTED) {
			counts.put(table, count(connection, "select count(*) from " + table));
		}
		return counts;
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getLong(1) : 0;
		}
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * Where and how much to generate.
	 */
	public record Options(Path dir, Path files, Path properties, double scale, boolean force) {

		static Options parse(String... args) {
			Map<String, String> values = new HashMap<>();
			boolean force = false;
			for (String arg : args) {
				if (arg == null || arg.isBlank()) {
					continue;
				}
				for (String one : arg.trim().split("\\s+")) {
					if (one.equals("--force")) {
						force = true;
					}
					else if (one.startsWith("--") && one.contains("=")) {
						values.put(one.substring(2, one.indexOf('=')), one.substring(one.indexOf('=') + 1));
					}
					else {
						throw new IllegalArgumentException(
								"unknown argument " + one + "; use --dir=, --files=, --properties=, --scale=, --force");
					}
				}
			}
			return new Options(Path.of(values.getOrDefault("dir", "target/bench/national-db")),
					Path.of(values.getOrDefault("files", "target/bench/national-files")),
					Path.of(values.getOrDefault("properties", "target/bench/national.properties")),
					Double.parseDouble(values.getOrDefault("scale", "1")), force);
		}

	}

	/**
	 * What a run did.
	 *
	 * @param generated false when the data set was already there
	 * @param shape the unit counts at the scale
	 * @param counts rows per table afterwards (demo data included)
	 * @param timings milliseconds per step
	 * @param millis the whole run
	 */
	public record Result(boolean generated, NationalShape shape, Map<String, Long> counts, Map<String, Long> timings,
			long millis) {

		String summary() {
			StringBuilder text = new StringBuilder(generated ? "National data set generated"
					: "National data set already there (use --force to recreate it)");
			text.append(String.format(" in %.1f s%n", this.millis / 1000.0));
			this.timings.forEach((step, ms) -> text.append(String.format("  %-40s %8.1f s%n", step, ms / 1000.0)));
			this.counts.forEach((table, n) -> text.append(String.format("  %-24s %,12d%n", table, n)));
			return text.toString();
		}

	}

}
