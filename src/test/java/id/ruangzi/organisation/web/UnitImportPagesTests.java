package id.ruangzi.organisation.web;

import java.nio.charset.StandardCharsets;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV import: preview names every bad row, apply writes all rows or none. Rolled back.
 */
@IntegrationTest
@Transactional
class UnitImportPagesTests {

	private static final String HEADER = "code,name,type,parent_code,instansi\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetailsService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void goodFileWithParentsAfterTheirChildrenAppliesAllRows() throws Exception {
		long before = units();
		// A byte order mark, as Excel writes it; the parent of row 2 comes on row 3.
		String file = "\uFEFF" + HEADER + "MIN9-BDL,MIN 9 Bandar Lampung,madrasah,KUA-BARU,KEMENAG\n"
				+ "KUA-BARU,\"KUA Kecamatan Baru, Bandar Lampung\",KUA,KANKEMENAG-BDL,KEMENAG\n"
				+ "LAPAS-PSR,Lapas Kelas IIA Pematangsiantar,LAPAS,,KEMENIMIPAS\n";
		upload(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("3 baris dibaca, 0 bermasalah.")))
			.andExpect(content().string(containsString("Terapkan")));

		apply(file).andExpect(redirectedUrl("/admin/units"))
			.andExpect(flash().attribute("flashSuccess", "organisation.import.applied"));

		assertThat(units()).isEqualTo(before + 3);
		String kankemenag = path("KANKEMENAG-BDL");
		String kua = path("KUA-BARU");
		assertThat(kua).startsWith(kankemenag).matches(".*/\\d+/$");
		assertThat(path("MIN9-BDL")).startsWith(kua);
		assertThat(depth("MIN9-BDL")).isEqualTo(3);
		assertThat(path("LAPAS-PSR")).matches("/\\d+/");
		assertThat(this.jdbc.sql("select name from unit where code = 'KUA-BARU'").query(String.class).single())
			.isEqualTo("KUA Kecamatan Baru, Bandar Lampung");
	}

	@Test
	void fileWithOneBadRowChangesNothingAndNamesTheRowAndTheReason() throws Exception {
		long before = units();
		String file = HEADER + "KUA-SATU,KUA Satu,KUA,KANKEMENAG-BDL,KEMENAG\n"
				+ "KUA-DUA,KUA Dua,KUA,KANKEMENAG-ENTAH,KEMENAG\n";
		upload(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("2 baris dibaca, 1 bermasalah.")))
			.andExpect(content()
				.string(containsString("Baris 3: unit induk KANKEMENAG-ENTAH tidak ada di berkas maupun di Ruang ZI.")))
			.andExpect(content().string(not(containsString("import/apply"))));

		// Applying anyway (a forged or stale form) checks again and writes nothing.
		apply(file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Baris 3: unit induk KANKEMENAG-ENTAH")));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void cycleAmongTheRowsIsReported() throws Exception {
		String file = HEADER + "UNIT-A,Unit A,LAINNYA,UNIT-B,KEMENAG\n" + "UNIT-B,Unit B,LAINNYA,UNIT-A,KEMENAG\n"
				+ "UNIT-C,Unit C,LAINNYA,UNIT-C,KEMENAG\n";
		upload(file).andExpect(content().string(containsString("Baris 2: unit induk membentuk lingkaran")))
			.andExpect(content().string(containsString("Baris 3: unit induk membentuk lingkaran")))
			.andExpect(content().string(containsString("Baris 4: unit induk membentuk lingkaran (UNIT-C")));
	}

	@Test
	void duplicateCodesInTheFileAndInTheDatabaseAreReported() throws Exception {
		String file = HEADER + "KUA-X,KUA X,KUA,KANKEMENAG-BDL,KEMENAG\n"
				+ "KUA-X,KUA X lagi,KUA,KANKEMENAG-BDL,KEMENAG\n"
				+ "MTSN2-BDL,MTsN 2 lagi,MADRASAH,KANKEMENAG-BDL,KEMENAG\n";
		upload(file).andExpect(content().string(containsString("Baris 3: kode KUA-X sudah dipakai di baris 2")))
			.andExpect(content().string(containsString("Baris 4: kode MTSN2-BDL sudah ada di Ruang ZI.")));
	}

	@Test
	void unknownTypeAgencyAndMissingFieldsAreReported() throws Exception {
		String file = HEADER + "KUA-Y,KUA Y,KANTOR,,KEMENKEU\n" + ",Tanpa kode,KUA,,KEMENAG\n" + "KUA-Z,,KUA,,KEMENAG\n"
				+ "KUA-W,KUA W,KUA\n";
		upload(file).andExpect(content().string(containsString("Baris 2: jenis \u201cKANTOR\u201d tidak dikenal.")))
			.andExpect(content().string(containsString("Baris 2: instansi \u201cKEMENKEU\u201d tidak dikenal.")))
			.andExpect(content().string(containsString("Baris 3: kode wajib diisi.")))
			.andExpect(content().string(containsString("Baris 4: nama wajib diisi.")))
			.andExpect(content().string(containsString("Baris 5: harus berisi 5 kolom, ditemukan 3.")));
	}

	@Test
	void unreadableFilesGetAClearMessage() throws Exception {
		upload("").andExpect(status().isOk()).andExpect(content().string(containsString("Berkas kosong.")));
		upload("kode;nama;jenis\nA;B;C\n").andExpect(content().string(containsString("Baris judul tidak sesuai.")));
		upload(HEADER).andExpect(content().string(containsString("Berkas hanya berisi baris judul")));
		upload(HEADER + "\"KUA-Q,KUA Q,KUA,,KEMENAG\n")
			.andExpect(content().string(containsString("tidak dapat dibaca sebagai CSV")));
		this.mvc
			.perform(asAdmin(multipart("/admin/units/import").file(new MockMultipartFile("file", "foto.png",
					"image/png", new byte[] { (byte) 0x89, 'P', 0, (byte) 0xFF }))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bukan teks CSV")));
		this.mvc.perform(asAdmin(multipart("/admin/units/import")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas kosong.")));
	}

	private ResultActions upload(String content) throws Exception {
		return this.mvc.perform(asAdmin(multipart("/admin/units/import")
			.file(new MockMultipartFile("file", "unit.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))));
	}

	private ResultActions apply(String content) throws Exception {
		return this.mvc.perform(asAdmin(post("/admin/units/import/apply")).param("content", content));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B asAdmin(B request) {
		return request.with(user(this.userDetailsService.loadUserByUsername("admin"))).with(csrf());
	}

	private long units() {
		return this.jdbc.sql("select count(*) from unit").query(Long.class).single();
	}

	private String path(String code) {
		return this.jdbc.sql("select path from unit where code = :code")
			.param("code", code)
			.query(String.class)
			.single();
	}

	private int depth(String code) {
		return this.jdbc.sql("select depth from unit where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

}
