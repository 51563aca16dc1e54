package id.ruangzi.catalogue.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import id.ruangzi.assessment.internal.TemplateAssembler;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.test.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A template exported to Excel loads back as a new version equal to the regulation's
 * worksheet; an inconsistent workbook loads nothing and says why.
 */
@IntegrationTest
@Transactional
class TemplateWorkbookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TemplateAssembler assembler;

	@Test
	void anExportedTemplateLoadsBackAsAnEqualNewVersion() throws Exception {
		byte[] workbook = export();

		upload(workbook, "LKE-IMPOR-2026").andExpect(flash().attribute("flashSuccess", "catalogue.import.done"));

		long id = this.jdbc.sql("select id from lke_template where code = 'LKE-IMPOR-2026'").query(Long.class).single();
		LkeTemplate loaded = this.assembler.engine(id).template();
		LkeTemplate worksheet = LkeCsv.readPermenPanRb90();
		assertThat(loaded.items()).hasSize(113);
		for (Item expected : worksheet.items()) {
			Item actual = loaded.item(expected.code()).orElseThrow();
			assertThat(actual.weight()).as(expected.code()).isEqualByComparingTo(expected.weight());
			assertThat(actual.options()).hasSameSizeAs(expected.options());
			assertThat(actual.inputs()).isEqualTo(expected.inputs());
		}
		assertThat(loaded.gates(Predicate.WBBM)).isEqualTo(worksheet.gates(Predicate.WBBM));
	}

	@Test
	void anInconsistentWorkbookLoadsNothingAndSaysWhy() throws Exception {
		long templates = count();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
			Row ppa1a = workbook.getSheet("LKE").getRow(1);
			ppa1a.getCell(6).setCellValue("0.75");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			upload(out.toByteArray(), "LKE-RUSAK")
				.andExpect(flash().attribute("flashError", "catalogue.import.refused"))
				.andExpect((result) -> assertThat(String.valueOf(((Object[]) result.getFlashMap().get("flashArgs"))[0]))
					.contains("weights"));
		}
		upload("bukan excel".getBytes(), "LKE-RUSAK2")
			.andExpect(flash().attribute("flashError", "catalogue.import.refused"));
		assertThat(count()).isEqualTo(templates);
	}

	private byte[] export() throws Exception {
		long current = this.jdbc.sql("select id from lke_template where current").query(Long.class).single();
		return this.mvc.perform(get("/admin/templates/" + current + "/template.xlsx").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] file, String code) throws Exception {
		return this.mvc.perform(multipart("/admin/templates/import")
			.file(new MockMultipartFile("file", "lke.xlsx", "application/octet-stream", file))
			.param("code", code)
			.param("name", "LKE hasil impor")
			.param("regulation", "PermenPANRB 90/2021")
			.with(admin())
			.with(csrf()));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from lke_template").query(Long.class).single();
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

}
