package id.ruangzi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskFilter;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The action plan of MTsN 2 Bandar Lampung 2026: 32 tasks over the six pokja, made by the
 * unit head through the same service as the pages. Due dates are relative to today, so
 * several tasks are overdue whenever the demo runs. Task 1 (area A) belongs to
 * {@code anggota} and is overdue; task 3 (area B) belongs to {@code operator}: the route
 * inventory and the tests rely on both. MAN 2 Tanah Datar gets three tasks, so that a
 * task of another unit exists.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(3)
class DemoTasks implements ApplicationRunner {

	// area, title, person in charge, status, priority, start and due in days from today,
	// expected output, linked items.
	private static final List<Line> MTSN = List.of(
			new Line("A", "SK Tim Kerja Pembangunan ZI menuju WBK/WBBM", "anggota", "PROSES", "TINGGI", -30, -5,
					"SK Tim Kerja", "PPA1A"),
			new Line("A", "Rapat pembentukan Tim Kerja dan notulennya", "koordinator", "SELESAI", "SEDANG", -40, -20,
					"Notulen rapat", "PPA1A PPA1B"),
			new Line("B", "Menyusun SOP pelayanan administrasi madrasah", "operator", "PROSES", "TINGGI", -25, -3,
					"SOP pelayanan", "PPB1A PPB1B"),
			new Line("A", "Menyusun rencana kerja pembangunan ZI", "koordinator", "PROSES", "TINGGI", -10, 14,
					"Dokumen rencana kerja", "PPA2A PPA2B"),
			new Line("A", "Sosialisasi pembangunan ZI kepada warga madrasah", "guru", "BELUM", "SEDANG", 3, 21,
					"Dokumentasi sosialisasi", "PPA2C"),
			new Line("A", "Monitoring dan evaluasi pembangunan ZI triwulan I", "koordinator", "BELUM", "SEDANG", -14,
					-2, "Laporan monev", "PPA3B"),
			new Line("A", "Penetapan agen perubahan", "anggota", "BELUM", "RENDAH", 5, 30, "SK agen perubahan",
					"PPA4B"),
			new Line("B", "Peta proses bisnis madrasah", "operator", "BELUM", "SEDANG", 0, 25, "Peta proses bisnis",
					"PPB1A"),
			new Line("B", "Evaluasi penerapan SOP", "koordinator.sdm", "BELUM", "RENDAH", 20, 45,
					"Laporan evaluasi SOP", "PPB1C"),
			new Line("B", "Publikasi informasi publik di laman madrasah", "operator", "SELESAI", "SEDANG", -50, -30,
					"Laman informasi publik", "PPB3A"),
			new Line("B", "Aplikasi absensi pegawai berbasis TI", "operator", "BATAL", "RENDAH", -60, -10,
					"Aplikasi absensi", "PPB2B"),
			new Line("C", "Analisis kebutuhan pegawai sesuai peta jabatan", "koordinator.sdm", "PROSES", "SEDANG", -20,
					-7, "Dokumen kebutuhan pegawai", "PPC1A"),
			new Line("C", "Training need analysis guru dan tenaga kependidikan", "anggota", "BELUM", "SEDANG", 2, 40,
					"Dokumen TNA", "PPC3A"),
			new Line("C", "Penetapan kinerja individu pegawai", "koordinator.sdm", "SELESAI", "TINGGI", -45, -15,
					"SKP pegawai", "PPC4A"),
			new Line("C", "Pemutakhiran data kepegawaian", "anggota", "PROSES", "RENDAH", -5, 10,
					"Data SIMPEG mutakhir", "PPC6A"),
			new Line("C", "Sosialisasi kode etik pegawai", "koordinator.sdm", "BELUM", "SEDANG", 7, 35,
					"Notulen sosialisasi", "PPC5A"),
			new Line("D", "Menyusun perjanjian kinerja kepala madrasah", "ketua.tim", "SELESAI", "TINGGI", -60, -40,
					"Perjanjian kinerja", "PPD2A"),
			new Line("D", "Menetapkan indikator kinerja utama", "ketua.tim", "PROSES", "TINGGI", -15, -1, "Dokumen IKU",
					"PPD2C"),
			new Line("D", "Laporan kinerja triwulan", "operator", "BELUM", "SEDANG", 10, 28, "Laporan kinerja",
					"PPD2E"),
			new Line("D", "Rapat pemantauan capaian kinerja bersama pimpinan", "ketua.tim", "BELUM", "SEDANG", 14, 60,
					"Notulen rapat", "PPD1C"),
			new Line("D", "Pelatihan penyusunan SAKIP", "operator", "BATAL", "RENDAH", -30, -20, "Sertifikat pelatihan",
					"PPD2H"),
			new Line("E", "Kampanye pengendalian gratifikasi", "guru", "PROSES", "TINGGI", -20, -4,
					"Banner dan dokumentasi kampanye", "PPE1A"),
			new Line("E", "Penilaian risiko pelaksanaan kebijakan", "ketua.tim", "BELUM", "SEDANG", 5, 30,
					"Register risiko", "PPE2B"),
			new Line("E", "Penerapan whistle blowing system", "guru", "BELUM", "SEDANG", 15, 50, "SK WBS", "PPE4A"),
			new Line("E", "Pemetaan benturan kepentingan", "ketua.tim", "SELESAI", "RENDAH", -40, -25,
					"Dokumen pemetaan", "PPE5A"),
			new Line("E", "Tindak lanjut pengaduan masyarakat", "guru", "PROSES", "TINGGI", -10, 7,
					"Laporan tindak lanjut", "PPE3B"),
			new Line("F", "Standar pelayanan madrasah", "koordinator.sdm", "PROSES", "TINGGI", -30, -6,
					"SK standar pelayanan", "PPF1A"),
			new Line("F", "Maklumat pelayanan", "operator", "SELESAI", "SEDANG", -35, -21, "Maklumat pelayanan",
					"PPF1B"),
			new Line("F", "Survei kepuasan masyarakat semester I", "operator", "BELUM", "TINGGI", 10, 40, "Laporan SKM",
					"PPF4A"),
			new Line("F", "Inovasi layanan legalisir daring", "koordinator.sdm", "BELUM", "SEDANG", 20, 75,
					"Aplikasi layanan", "PPF2F"),
			new Line("F", "Media pengaduan terintegrasi SP4N-LAPOR", "operator", "PROSES", "SEDANG", -12, 3,
					"Akun SP4N-LAPOR", "PPF3A"),
			new Line(null, "Penyusunan laporan penilaian mandiri ZI", "ketua.tim", "BELUM", "TINGGI", 20, 90,
					"Laporan PMPZI", "HBB"));

	private static final List<Line> MAN2 = List.of(
			new Line("A", "SK Tim Kerja ZI MAN 2 Tanah Datar", "kepala.man2", "SELESAI", "TINGGI", -60, -30,
					"SK Tim Kerja", "PPA1A"),
			new Line("F", "Survei kepuasan masyarakat", "kepala.man2", "PROSES", "SEDANG", -10, 20, "Laporan SKM",
					"PPF4A"),
			new Line("E", "Sosialisasi anti gratifikasi", "kepala.man2", "BELUM", "SEDANG", 5, 30, "Notulen", "PPE1A"));

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskService tasks;

	private final UserDetailsService users;

	private final Clock clock;

	DemoTasks(AssessmentApi assessment, PokjaApi pokja, TaskService tasks, UserDetailsService users, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<TaskView> created = plan("kepala", DemoData.DemoUnits.MTSN_2_BANDAR_LAMPUNG, MTSN);
		if (!created.isEmpty()) {
			CurrentUser head = user("kepala");
			this.tasks.comment(head, null, created.get(0).id(),
					"Mohon draf SK dikirim ke saya sebelum rapat pimpinan.");
			this.tasks.comment(user("anggota"), null, created.get(0).id(),
					"Draf sedang diperiksa bagian TU, menunggu nomor surat.");
			this.tasks.comment(user("pembina"), null, created.get(2).id(),
					"SOP perlu mengacu pada peta proses bisnis; lihat contoh dari Kankemenag.");
		}
		plan("kepala.man2", DemoData.DemoUnits.MAN_2_TANAH_DATAR, MAN2);
	}

	private List<TaskView> plan(String username, String unitCode, List<Line> lines) {
		CurrentUser head = user(username);
		ProgrammeView programme = this.assessment.programmes(head, unitCode, DemoProgrammes.YEAR).get(0);
		if (!this.tasks.list(head, programme.id(), TaskFilter.none(), PageRequest.of(0, 1)).isEmpty()) {
			return List.of();
		}
		Map<String, Long> pokjaByArea = this.pokja.pokjaOf(programme.id())
			.stream()
			.collect(Collectors.toMap(PokjaView::areaCode, PokjaView::id));
		LocalDate today = LocalDate.now(this.clock);
		List<TaskDraft> drafts = lines.stream()
			.map((line) -> new TaskDraft(line.title(), null, line.area(),
					(line.area() != null) ? pokjaByArea.get(line.area()) : null, List.of(line.items().split(" ")),
					line.pic(), today.plusDays(line.start()), today.plusDays(line.due()), line.status(),
					line.priority(), line.output(), progress(line.status())))
			.toList();
		return this.tasks.createAll(head, programme.id(), drafts);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static Integer progress(String status) {
		return Map.of("BELUM", 0, "PROSES", 40, "SELESAI", 100, "BATAL", 10).get(status);
	}

	private record Line(String area, String title, String pic, String status, String priority, int start, int due,
			String output, String items) {
	}

}
