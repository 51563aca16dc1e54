package id.ruangzi.bench.national;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.bench.national.Answers.Answered;
import id.ruangzi.bench.national.EvidenceFiles.StoredFile;
import id.ruangzi.bench.national.Organisation.GeneratedUnit;

/**
 * Per programme: 20 tasks (tied to an item of their area), 100 evidence records, each
 * with one revision pointing at a shared file of the pool and tied to an item (every
 * fifth also to a task); and, for the reviewed tenth, round 1 with its frozen answers and
 * evidence and the supervisor's verdicts.
 */
final class Work {

	private static final String[] STATUS = { "SELESAI", "SELESAI", "PROSES", "SELESAI", "BELUM", "PROSES", "SELESAI",
			"BELUM", "PROSES", "SELESAI", "BELUM", "PROSES", "SELESAI", "BELUM", "PROSES", "SELESAI", "BELUM", "PROSES",
			"BATAL", "BELUM" };

	private static final String[] TASK_TITLES = { "Menyusun dokumen", "Sosialisasi", "Rapat koordinasi",
			"Monitoring dan evaluasi", "Menyiapkan data dukung", "Menyusun laporan" };

	private static final String[] KINDS = { "SK", "SOP", "NOTULEN", "DAFTAR_HADIR", "FOTO", "LAPORAN", "SURAT",
			"LAINNYA" };

	final long taskBase;

	final long evidenceBase;

	final long revisionBase;

	final long roundBase;

	private final Organisation organisation;

	private final Programmes programmes;

	private final Answers answers;

	private final LkeTemplate template;

	private final List<StoredFile> files;

	private final LocalDate today;

	Work(Organisation organisation, Programmes programmes, Answers answers, LkeTemplate template,
			List<StoredFile> files, LocalDate today, Map<String, Long> bases) {
		this.organisation = organisation;
		this.programmes = programmes;
		this.answers = answers;
		this.template = template;
		this.files = files;
		this.today = today;
		this.taskBase = bases.get("task");
		this.evidenceBase = bases.get("evidence");
		this.revisionBase = bases.get("evidence_revision");
		this.roundBase = bases.get("review_round");
	}

	private long task(GeneratedUnit unit, int t) {
		return this.taskBase + (long) unit.index() * NationalShape.TASKS_PER_PROGRAMME + t + 1;
	}

	private long evidence(GeneratedUnit unit, int e) {
		return this.evidenceBase + (long) unit.index() * NationalShape.EVIDENCE_PER_PROGRAMME + e + 1;
	}

	private long revision(GeneratedUnit unit, int e) {
		return this.revisionBase + (long) unit.index() * NationalShape.EVIDENCE_PER_PROGRAMME + e + 1;
	}

	void write(Connection connection) throws SQLException {
		writeTasks(connection);
		writeEvidence(connection);
		writeReviews(connection);
	}

	private List<Item> itemsOf(char area) {
		List<Item> items = new ArrayList<>();
		for (Item item : this.template.items()) {
			if (item.area() != null && item.area().name().charAt(0) == area) {
				items.add(item);
			}
		}
		return items;
	}

	private void writeTasks(Connection connection) throws SQLException {
		List<List<Item>> byArea = new ArrayList<>();
		for (int a = 0; a < 6; a++) {
			byArea.add(itemsOf(Programmes.AREAS.charAt(a)));
		}
		int year = this.today.getYear();
		try (Copy tasks = Copy.into(connection, "task (id, programme_id, pokja_id, area_code, title, pic_user_id, "
				+ "start_date, due_date, status, priority, progress, completed_at, created_by)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				SplittableRandom random = new SplittableRandom(unit.id() * 31);
				for (int t = 0; t < NationalShape.TASKS_PER_PROGRAMME; t++) {
					int a = t % 6;
					String status = STATUS[t];
					LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(200));
					LocalDate due = start.plusDays(14 + random.nextInt(90));
					int progress = switch (status) {
						case "SELESAI" -> 100;
						case "PROSES" -> 10 + random.nextInt(80);
						default -> 0;
					};
					OffsetDateTime completed = "SELESAI".equals(status)
							? start.plusDays(10).atTime(10, 0).atOffset(ZoneOffset.UTC) : null;
					long pic = this.organisation.user(unit, (a == 3 || a == 4) ? 1 : 2);
					tasks.row(task(unit, t), this.programmes.programme(unit), this.programmes.pokja(unit, a),
							String.valueOf(Programmes.AREAS.charAt(a)),
							TASK_TITLES[t % TASK_TITLES.length] + " "
									+ byArea.get(a).get(t % byArea.get(a).size()).code(),
							pic, start, due, status, (t % 3 == 0) ? "TINGGI" : "SEDANG", progress, completed,
							this.organisation.user(unit, 0));
				}
			}
		}
		try (Copy links = Copy.into(connection, "task_item (task_id, item_code)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				for (int t = 0; t < NationalShape.TASKS_PER_PROGRAMME; t++) {
					List<Item> items = byArea.get(t % 6);
					links.row(task(unit, t), items.get(t % items.size()).code());
				}
			}
		}
	}

	private void writeEvidence(Connection connection) throws SQLException {
		List<Item> items = this.template.items();
		int perProgramme = NationalShape.EVIDENCE_PER_PROGRAMME;
		try (Copy copy = Copy.into(connection, "evidence (id, programme_id, unit_id, title, kind, document_date, "
				+ "owner_id, created_at, updated_at)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				for (int e = 0; e < perProgramme; e++) {
					Item item = items.get((unit.index() + e) % items.size());
					String kind = KINDS[e % KINDS.length];
					OffsetDateTime at = at(unit, e);
					copy.row(evidence(unit, e), this.programmes.programme(unit), unit.id(),
							kind + " " + item.code() + " " + unit.code(), kind, at.toLocalDate(), owner(unit, e), at,
							at);
				}
			}
		}
		try (Copy copy = Copy.into(connection, "evidence_revision (id, evidence_id, number, sha256, size_bytes, "
				+ "content_type, file_name, uploaded_by, created_at, updated_at)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				for (int e = 0; e < perProgramme; e++) {
					StoredFile file = this.files.get((int) ((unit.index() * 7L + e) % this.files.size()));
					OffsetDateTime at = at(unit, e);
					copy.row(revision(unit, e), evidence(unit, e), 1, file.sha256(), file.size(), file.contentType(),
							file.fileName(), owner(unit, e), at, at);
				}
			}
		}
		try (Copy copy = Copy.into(connection, "evidence_item (evidence_id, item_code)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				for (int e = 0; e < perProgramme; e++) {
					copy.row(evidence(unit, e), items.get((unit.index() + e) % items.size()).code());
				}
			}
		}
		try (Copy copy = Copy.into(connection, "evidence_task (evidence_id, task_id)")) {
			for (GeneratedUnit unit : this.organisation.units) {
				for (int e = 0; e < perProgramme; e += 5) {
					copy.row(evidence(unit, e), task(unit, (e / 5) % NationalShape.TASKS_PER_PROGRAMME));
				}
			}
		}
	}

	private long owner(GeneratedUnit unit, int e) {
		return this.organisation.user(unit, 1 + e % 3);
	}

	private OffsetDateTime at(GeneratedUnit unit, int e) {
		return this.today.minusDays((unit.index() + e) % 90).atTime(8 + e % 8, e % 60).atOffset(ZoneOffset.UTC);
	}

	private void writeReviews(Connection connection) throws SQLException {
		List<GeneratedUnit> reviewed = this.organisation.units.stream()
			.filter((unit) -> NationalShape.reviewed(unit.index()))
			.toList();
		OffsetDateTime submitted = this.today.minusDays(10).atTime(3, 0).atOffset(ZoneOffset.UTC);
		OffsetDateTime closed = this.today.minusDays(3).atTime(4, 0).atOffset(ZoneOffset.UTC);
		try (Copy copy = Copy.into(connection,
				"review_round (id, programme_id, number, submitted_by, outcome, closed_at, created_at, updated_at)")) {
			for (int r = 0; r < reviewed.size(); r++) {
				GeneratedUnit unit = reviewed.get(r);
				boolean done = NationalShape.reviewCompleted(unit.index());
				copy.row(this.roundBase + r + 1, this.programmes.programme(unit), 1, unit.headName(),
						done ? "COMPLETED" : null, done ? closed : null, submitted, done ? closed : submitted);
			}
		}
		try (Copy copy = Copy.into(connection,
				"review_round_answer (round_id, item_code, option_letter, inputs, survey_index)")) {
			for (int r = 0; r < reviewed.size(); r++) {
				for (Answered one : this.answers.of(reviewed.get(r).index())) {
					copy.row(this.roundBase + r + 1, one.item().code(), one.letter(), one.inputs(), one.index());
				}
			}
		}
		try (Copy copy = Copy.into(connection, "review_verdict (round_id, item_code, verdict, option_letter, inputs, "
				+ "survey_index, note, reviewed_by)")) {
			for (int r = 0; r < reviewed.size(); r++) {
				GeneratedUnit unit = reviewed.get(r);
				String reviewer = Organisation.fullName((unit.parent() != null) ? unit.parent() : unit, 4);
				List<Answered> answered = this.answers.of(unit.index());
				int count = NationalShape.reviewCompleted(unit.index()) ? answered.size() : answered.size() / 3;
				for (int i = 0; i < count; i++) {
					Answered one = answered.get(i);
					boolean accepted = i % 10 != 7;
					copy.row(this.roundBase + r + 1, one.item().code(), accepted ? "DITERIMA" : "PERLU_REVISI",
							accepted ? one.letter() : null, accepted ? one.inputs() : null,
							accepted ? one.index() : null, accepted ? null : "Data dukung belum lengkap", reviewer);
				}
			}
		}
		try (Copy copy = Copy.into(connection, "review_round_evidence (round_id, evidence_id, revision_id)")) {
			for (int r = 0; r < reviewed.size(); r++) {
				for (int e = 0; e < NationalShape.EVIDENCE_PER_PROGRAMME; e++) {
					copy.row(this.roundBase + r + 1, evidence(reviewed.get(r), e), revision(reviewed.get(r), e));
				}
			}
		}
	}

}
