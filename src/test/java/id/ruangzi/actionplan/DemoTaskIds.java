package id.ruangzi.actionplan;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds demo tasks by title, so tests name the task they mean instead of trusting ids.
 */
final class DemoTaskIds {

	/** Area A, anggota in charge, overdue (due five days ago, PROSES). */
	static final String ANGGOTA_OVERDUE = "SK Tim Kerja Pembangunan ZI menuju WBK/WBBM";

	/** Area A, koordinator in charge, due in two weeks. */
	static final String AREA_A_PLAN = "Menyusun rencana kerja pembangunan ZI";

	/** Area A, guru in charge. */
	static final String GURU_AREA_A = "Sosialisasi pembangunan ZI kepada warga madrasah";

	/** Area B, operator in charge, overdue. */
	static final String AREA_B_SOP = "Menyusun SOP pelayanan administrasi madrasah";

	/** Area A, SELESAI, due twenty days ago: not overdue. */
	static final String AREA_A_DONE = "Rapat pembentukan Tim Kerja dan notulennya";

	/** MAN 2 Tanah Datar's first task. */
	static final String OTHER_UNIT = "SK Tim Kerja ZI MAN 2 Tanah Datar";

	private DemoTaskIds() {
	}

	static long id(JdbcClient jdbc, String title) {
		return jdbc.sql("select id from task where title = :title").param("title", title).query(Long.class).single();
	}

	static long version(JdbcClient jdbc, long id) {
		return jdbc.sql("select version from task where id = :id").param("id", id).query(Long.class).single();
	}

}
