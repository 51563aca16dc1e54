package id.ruangzi.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.test.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recap of all units in scope, as XLSX (read back with POI) and CSV.
 */
@IntegrationTest
class RecapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Overviews overviews;

	@Autowired
	RecapExports exports;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	@Autowired
	Clock clock;

	@Test
	void theXlsxRecapOpensWithOneRowPerUnitInScope() throws Exception {
		byte[] body = download("/overview/recap.xlsx", "pembina").getContentAsByteArray();

		List<String> codes = codes(body);
		long inScope = this.overviews.overview(fixtures().user("pembina"), filter(null), PageRequest.of(0, 500))
			.rows()
			.getTotalElements();
		assertThat(codes).hasSize((int) inScope).contains("MTSN2-BDL").doesNotContain("MAN2-TDT");
	}

	@Test
	void theCsvRecapHasAHeaderAndOneLinePerUnitInScope() throws Exception {
		String csv = download("/overview/recap.csv", "admin").getContentAsString(StandardCharsets.UTF_8);

		String[] lines = csv.replace("\uFEFF", "").split("\r\n");
		long inScope = this.overviews.overview(fixtures().user("admin"), filter(null), PageRequest.of(0, 500))
			.rows()
			.getTotalElements();
		assertThat(lines[0]).startsWith("Peringkat,Kode unit,Unit,Jenis,Induk,Target,Tahap,Total,Pengungkit,Hasil");
		assertThat(lines).hasSize((int) inScope + 1);
		assertThat(csv).contains(",MTSN2-BDL,").contains(",MAN2-TDT,");
	}

	@Test
	void aRecapOfASubtreeOutsideScopeIsNotFoundBeforeAnythingStreams() throws Exception {
		this.mvc
			.perform(get("/overview/recap.xlsx").param("under", "KANKEMENAG-BDL")
				.with(user(this.users.loadUserByUsername("pembina.tdt"))))
			.andExpect(status().isNotFound());
	}

	@Test
	@Transactional
	void theRecapReadsPageAfterPageAndKeepsTheRanking() throws Exception {
		OverviewFixtures fixtures = fixtures();
		for (int i = 0; i < 5; i++) {
			long programme = fixtures.programme("OVR-" + i, "KANKEMENAG-BDL");
			fixtures.snapshot(programme, fixtures.today(), String.valueOf(60 + i), "30.00");
		}
		OverviewScope scope = this.overviews.scope(fixtures.user("pembina"), filterQ("OVR-"));
		List<String> paged = new ArrayList<>();
		this.overviews.forEachRow(scope, 2, (row) -> paged.add(row.unitCode()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.writeXlsx(scope, out, Locale.ENGLISH);

		assertThat(paged).containsExactly("OVR-4", "OVR-3", "OVR-2", "OVR-1", "OVR-0");
		assertThat(codes(out.toByteArray())).containsExactly("OVR-4", "OVR-3", "OVR-2", "OVR-1", "OVR-0");
	}

	private MockHttpServletResponse download(String path, String username) throws Exception {
		MvcResult started = this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(username))))
			.andExpect(request().asyncStarted())
			.andReturn();
		return this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("rekap-zi")))
			.andReturn()
			.getResponse();
	}

	private static List<String> codes(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> codes = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					codes.add(row.getCell(1).getStringCellValue());
				}
			}
			return codes;
		}
	}

	private OverviewFixtures fixtures() {
		return new OverviewFixtures(this.organisation, this.assessment, this.users, this.jdbc, this.entities,
				this.clock);
	}

	private static OverviewFilter filter(String under) {
		return new OverviewFilter(under, null, null, null, null, null, null, false);
	}

	private static OverviewFilter filterQ(String q) {
		return new OverviewFilter(null, null, q, null, null, null, null, false);
	}

}
