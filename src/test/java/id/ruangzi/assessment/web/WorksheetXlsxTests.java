package id.ruangzi.assessment.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import id.ruangzi.test.IntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The LKE worksheet in Excel: the numbers of the export are the API's, an unchanged
 * export imports without a change, and a file with one bad row writes nothing and names
 * the row.
 */
@IntegrationTest
@Transactional
class WorksheetXlsxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theExportShowsTheSameNumbersAsTheApi() throws Exception {
		long id = programme("MAN2-TDT");
		try (Workbook workbook = download(id, "kepala.man2")) {
			Sheet sheet = workbook.getSheet("LKE");
			assertThat(text(sheet.getRow(0), 0)).isEqualTo("Kode");
			Row total = sheet.getRow(sheet.getLastRowNum());
			assertThat(text(total, 1)).isEqualTo("Total");
			assertThat(BigDecimal.valueOf(total.getCell(5).getNumericCellValue())).isEqualByComparingTo("77.35");
			Row hpa = find(sheet, "HPA");
			assertThat(text(hpa, 4)).isEqualTo("3.45");
			assertThat(BigDecimal.valueOf(hpa.getCell(5).getNumericCellValue())).isEqualByComparingTo("15.09");
		}
		String api = this.mvc
			.perform(get("/api/v1/programmes/" + id + "/score").with(httpBasic("kepala.man2", "ruangzi-demo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("\"total\":77.35").contains("{\"code\":\"HPA\",\"value\":0.86,\"score\":15.09}");
	}

	@Test
	void importingAnUnchangedExportChangesNothing() throws Exception {
		long id = programme("MTSN2-BDL");
		long changes = count("select count(*) from answer_change where programme_id = " + id);
		String before = this.jdbc
			.sql("select string_agg(item_code || ':' || updated_at, ',' order by item_code) "
					+ "from answer where programme_id = " + id)
			.query(String.class)
			.single();
		byte[] file = bytes(download(id, "kepala"));

		upload(id, "kepala", file).andExpect(redirectedUrl("/programmes/" + id));

		assertThat(count("select count(*) from answer_change where programme_id = " + id)).isEqualTo(changes);
		assertThat(this.jdbc
			.sql("select string_agg(item_code || ':' || updated_at, ',' order by item_code) "
					+ "from answer where programme_id = " + id)
			.query(String.class)
			.single()).isEqualTo(before);
	}

	@Test
	void aChangedCellBecomesTheNewAnswer() throws Exception {
		long id = programme("MTSN2-BDL");
		Workbook workbook = download(id, "kepala");
		find(workbook.getSheet("LKE"), "PPA1B").getCell(4).setCellValue("C");
		find(workbook.getSheet("LKE"), "PPA1B").getCell(7).setCellValue("Dipilih oleh kepala");

		upload(id, "kepala", bytes(workbook)).andExpect(redirectedUrl("/programmes/" + id));

		assertThat(this.jdbc
			.sql("select option_letter || '/' || note from answer where programme_id = " + id
					+ " and item_code = 'PPA1B'")
			.query(String.class)
			.single()).isEqualTo("C/Dipilih oleh kepala");
	}

	@Test
	void aFileWithOneBadRowWritesNothingAndNamesTheRow() throws Exception {
		long id = programme("MTSN2-BDL");
		long changes = count("select count(*) from answer_change where programme_id = " + id);
		Workbook workbook = download(id, "kepala");
		Row bad = find(workbook.getSheet("LKE"), "PPA1B");
		bad.getCell(4).setCellValue("F");
		find(workbook.getSheet("LKE"), "PPA1A").getCell(4).setCellValue("TIDAK");

		upload(id, "kepala", bytes(workbook)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Baris " + (bad.getRowNum() + 1) + " (PPA1B):")))
			.andExpect(content().string(containsString("Tidak ada jawaban yang disimpan")))
			.andExpect(content().string(containsString("pilihan F tidak ada; pilihannya A, B, C")));

		assertThat(count("select count(*) from answer_change where programme_id = " + id)).isEqualTo(changes);
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedClearly() throws Exception {
		long id = programme("MTSN2-BDL");
		upload(id, "kepala", "kode,jawaban\nPPA1A,YA\n".getBytes()).andExpect(status().isOk())
			.andExpect(content().string(containsString("bukan buku kerja Excel")));
	}

	@Test
	void membersMayDownloadButNotUpload() throws Exception {
		long id = programme("MTSN2-BDL");
		this.mvc.perform(get("/programmes/" + id + "/lke.xlsx").with(as("anggota")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("LKE-MTSN2-BDL-2026.xlsx")));
		upload(id, "anggota", new byte[] { 1 }).andExpect(status().isForbidden());
		this.mvc.perform(get("/programmes/" + id + "/lke.xlsx").with(as("pembina.tdt")))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions upload(long id, String username, byte[] file)
			throws Exception {
		return this.mvc.perform(multipart("/programmes/" + id + "/lke")
			.file(new MockMultipartFile("file", "lke.xlsx", WorksheetXlsxController.XLSX.toString(), file))
			.with(as(username))
			.with(csrf()));
	}

	private Workbook download(long id, String username) throws Exception {
		byte[] body = this.mvc.perform(get("/programmes/" + id + "/lke.xlsx").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(body));
	}

	private static byte[] bytes(Workbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static Row find(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (code.equals(text(row, 0))) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static String text(Row row, int column) {
		return new DataFormatter().formatCellValue(row.getCell(column));
	}

	private long programme(String unitCode) {
		return count("select p.id from programme p join unit u on u.id = p.unit_id where u.code = '" + unitCode
				+ "' and p.year = 2026");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
