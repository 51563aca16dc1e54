package id.ruangzi.reporting;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.test.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CoordinatorReportTests {

	private static final long DEMO = 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	CoordinatorReports reports;

	@Autowired
	PokjaApi pokja;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	@Transactional
	void countsTasksPlannedDoneAndOverduePerPokjaForTheMonth() {
		YearMonth month = YearMonth.of(2026, 3);
		jdbc.sql("delete from task where programme_id = " + DEMO).update();
		PokjaView a = pokjaOf("A");
		PokjaView b = pokjaOf("B");
		task(a, "2026-03-10", "SELESAI", "2026-03-09T03:00:00Z");
		task(a, "2026-03-20", "SELESAI", "2026-04-02T03:00:00Z");
		task(a, "2026-03-25", "PROSES", null);
		task(a, "2026-03-28", "BATAL", null);
		task(a, "2026-04-15", "BELUM", null);
		task(b, "2026-02-10", "SELESAI", "2026-03-05T03:00:00Z");
		CoordinatorReport report = this.reports.report(as("kepala"), DEMO, month);
		PokjaMonthLine lineA = line(report, "A");
		// Due in March and not cancelled: three; done in March: one; overdue at March's
		// end:
		// the one finished in April and the one still running.
		assertThat(lineA.tasks().planned()).isEqualTo(3);
		assertThat(lineA.tasks().done()).isEqualTo(1);
		assertThat(lineA.tasks().overdue()).isEqualTo(2);
		PokjaMonthLine lineB = line(report, "B");
		assertThat(lineB.tasks().planned()).isZero();
		assertThat(lineB.tasks().done()).isEqualTo(1);
		assertThat(lineB.tasks().overdue()).isZero();
		assertThat(line(report, "C").tasks().planned()).isZero();
	}

	@Test
	@Transactional
	void showsTheAreaItemsAnsweredAndTheScoreChangeOfTheMonth() {
		// The demo answered its items today: this month shows them all, the month before
		// none. The demo's made-up score history (DemoSnapshots) is set aside, so the
		// scores start from zero as the answers do.
		YearMonth now = YearMonth.now(this.clock);
		jdbc.sql("delete from score_snapshot where programme_id = " + DEMO + " and snapshot_date < :first")
			.param("first", now.atDay(1))
			.update();
		CoordinatorReport report = this.reports.report(as("kepala"), DEMO, now);
		PokjaMonthLine a = line(report, "A");
		assertThat(a.area().items()).isGreaterThan(0);
		assertThat(a.area().answeredAtEnd()).isGreaterThan(0).isLessThanOrEqualTo(a.area().items());
		assertThat(a.area().changedInMonth()).isGreaterThan(0);
		assertThat(a.area().scoreAtEnd()).isPositive();
		assertThat(a.area().scoreChange()).isEqualByComparingTo(a.area().scoreAtEnd());
		if (now.getMonthValue() > 1) {
			PokjaMonthLine before = line(this.reports.report(as("kepala"), DEMO, now.minusMonths(1)), "A");
			assertThat(before.area().answeredAtEnd()).isZero();
			assertThat(before.area().scoreAtEnd()).isZero();
		}
	}

	@Test
	void pageMarksTheCoordinatorsOwnPokjaAndOffersPrintAndExport() throws Exception {
		this.mvc.perform(get("/programmes/1/reports/pokja").param("month", "2026-11").with(user(as("koordinator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Capaian kinerja pokja")))
			.andExpect(content().string(containsString("Pokja Anda")))
			.andExpect(content().string(containsString("data-print")))
			.andExpect(content().string(containsString("/programmes/1/reports/pokja.xlsx?month=2026-11")));
	}

	@Test
	void exportHasOneRowPerPokjaWithTheSameNumbers() throws Exception {
		byte[] bytes = this.mvc
			.perform(get("/programmes/1/reports/pokja.xlsx").param("month", "2026-11").with(user(as("kepala"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("capaian-pokja-MTSN2-BDL-2026-11.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		CoordinatorReport report = this.reports.report(as("kepala"), DEMO, YearMonth.of(2026, 11));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Tugas direncanakan");
			for (int i = 0; i < 6; i++) {
				Row row = sheet.getRow(3 + i);
				PokjaMonthLine line = report.lines().get(i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.pokja().name());
				assertThat((int) row.getCell(3).getNumericCellValue()).isEqualTo(line.tasks().planned());
				assertThat((int) row.getCell(6).getNumericCellValue()).isEqualTo(line.area().answeredAtEnd());
			}
			assertThat(sheet.getRow(9)).isNull();
		}
	}

	@Test
	void aMonthOutsideTheProgrammesYearIsRefusedWithAMessage() throws Exception {
		this.mvc.perform(get("/programmes/1/reports/pokja").param("month", "2025-12").with(user(as("kepala"))))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/programmes/1/reports/pokja").param("month", "Maret").with(user(as("kepala"))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aSupervisorOutsideTheUnitsScopeGetsNotFound() throws Exception {
		this.mvc.perform(get("/programmes/1/reports/pokja").with(user(as("pembina.tdt"))))
			.andExpect(status().isNotFound());
	}

	private void task(PokjaView pokja, String due, String status, String completedAt) {
		this.jdbc
			.sql("insert into task (programme_id, pokja_id, area_code, title, due_date, status, completed_at) "
					+ "values (:programme, :pokja, :area, 'Uji', :due, :status, cast(:completed as timestamptz))")
			.param("programme", DEMO)
			.param("pokja", pokja.id())
			.param("area", pokja.areaCode())
			.param("due", LocalDate.parse(due))
			.param("status", status)
			.param("completed", completedAt)
			.update();
	}

	private PokjaView pokjaOf(String area) {
		return this.pokja.pokjaOf(DEMO).stream().filter((one) -> one.areaCode().equals(area)).findFirst().orElseThrow();
	}

	private static PokjaMonthLine line(CoordinatorReport report, String area) {
		List<PokjaMonthLine> lines = report.lines();
		return lines.stream().filter((line) -> line.pokja().areaCode().equals(area)).findFirst().orElseThrow();
	}

	private CurrentUser as(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
