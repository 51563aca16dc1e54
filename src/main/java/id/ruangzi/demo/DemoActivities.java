package id.ruangzi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.ActivityApi;
import id.ruangzi.actionplan.ActivityDraft;
import id.ruangzi.actionplan.ActivityKind;
import id.ruangzi.actionplan.ObstacleApi;
import id.ruangzi.actionplan.ObstacleDraft;
import id.ruangzi.actionplan.ObstacleSeverity;
import id.ruangzi.actionplan.ObstacleStatus;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Activities and obstacles of MTsN 2 Bandar Lampung 2026, recorded through the same
 * facades and rights as the pages: the team's coordination meeting, a coaching visit by
 * {@code pembina} with feedback, a socialisation in area A, and three obstacles. The
 * first activity is the meeting and the first obstacle is owned by {@code anggota}; the
 * route inventory relies on both.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(4)
class DemoActivities implements ApplicationRunner {

	static final String MEETING = "Rapat koordinasi Tim Kerja ZI: pembagian tugas pokja";

	static final String VISIT = "Pendampingan pembangunan ZI oleh Kankemenag Kota Bandar Lampung";

	static final String SOCIALISATION = "Sosialisasi pakta integritas kepada guru dan pegawai";

	private final ActivityApi activities;

	private final ObstacleApi obstacles;

	private final IdentityApi identity;

	private final DemoContext demo;

	DemoActivities(ActivityApi activities, ObstacleApi obstacles, IdentityApi identity, DemoContext demo) {
		this.activities = activities;
		this.obstacles = obstacles;
		this.identity = identity;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser head = this.demo.user("kepala");
		ProgrammeView programme = this.demo.mtsn2Programme(head);
		long id = programme.id();
		if (!this.activities.exists(id, MEETING)) {
			this.activities.create(head, id,
					new ActivityDraft(ActivityKind.RAPAT_KOORDINASI, MEETING, LocalDate.of(DemoProgrammes.YEAR, 1, 12),
							"Ruang rapat MTsN 2 Bandar Lampung", null,
							ids("kepala", "ketua.tim", "koordinator", "koordinator.sdm", "anggota", "operator"), "", """
									Rapat dibuka oleh **Kepala Madrasah**. Pokok bahasan:

									- pembagian tugas enam pokja sesuai SK Tim Kerja;
									- jadwal penilaian mandiri (PMPZI) sebelum *31 Mei 2026*;
									- identifikasi kendala: resistensi terhadap perubahan dan keterbatasan anggaran.

									Disepakati rapat evaluasi setiap Senin pekan pertama.
									""", List.of("Setiap pokja menyusun rencana aksi area masing-masing",
									"Operator mengunggah SK Tim Kerja ZI ke Ruang ZI"),
							null));
		}
		if (!this.activities.exists(id, VISIT)) {
			this.activities.create(user("pembina"), id, new ActivityDraft(ActivityKind.PENDAMPINGAN, VISIT,
					LocalDate.of(DemoProgrammes.YEAR, 2, 10), "MTsN 2 Bandar Lampung", null,
					ids("kepala", "ketua.tim", "koordinator"), "Kasi Pendidikan Madrasah\nPengawas madrasah", """
							Pembina meninjau kesiapan LKE dan eviden area Manajemen Perubahan dan Penguatan Pengawasan.
							""", List.of("Lengkapi eviden agen perubahan (PRA1A)"),
					"Komitmen pimpinan sudah baik. Eviden area E masih kurang: lengkapi laporan pengendalian "
							+ "gratifikasi dan SOP pengaduan. Kunjungan berikutnya April 2026."));
		}
		if (!this.activities.exists(id, SOCIALISATION)) {
			this.activities.create(user("koordinator"), id,
					new ActivityDraft(ActivityKind.SOSIALISASI, SOCIALISATION, LocalDate.of(DemoProgrammes.YEAR, 2, 24),
							"Aula madrasah", "A", ids("koordinator", "anggota", "guru"), "Komite madrasah",
							"Penandatanganan pakta integritas oleh seluruh guru dan pegawai.",
							List.of("Unggah foto dan daftar hadir sosialisasi"), null));
		}
		obstacle(head, id,
				new ObstacleDraft(
						"Sebagian pegawai menganggap ZI hanya urusan tim kerja (resistensi terhadap perubahan).", "A",
						ObstacleSeverity.TINGGI, "Sosialisasi rutin dan pelibatan agen perubahan di setiap rapat.",
						personId("anggota"), ObstacleStatus.TERBUKA));
		obstacle(head, id,
				new ObstacleDraft("Anggaran survei kepuasan layanan belum tersedia.", "F", ObstacleSeverity.SEDANG,
						"Survei daring sederhana dengan formulir elektronik.", personId("operator"),
						ObstacleStatus.DITANGANI));
		obstacle(head, id, new ObstacleDraft("Dokumentasi eviden pengawasan belum tertata.", "E",
				ObstacleSeverity.RENDAH, "Folder eviden per item LKE.", personId("guru"), ObstacleStatus.SELESAI));
	}

	private void obstacle(CurrentUser head, long programmeId, ObstacleDraft draft) {
		if (!this.obstacles.exists(programmeId, draft.description())) {
			this.obstacles.create(head, programmeId, draft);
		}
	}

	private CurrentUser user(String username) {
		return this.demo.user(username);
	}

	private Long personId(String username) {
		return this.identity.person(username).map(Person::id).orElseThrow();
	}

	private Set<Long> ids(String... usernames) {
		return List.of(usernames).stream().map(this::personId).collect(Collectors.toSet());
	}

}
