package id.ruangzi.actionplan;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.test.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Overdue tasks stand out in the list, on the board, in Tugas saya and in the API; the
 * list's filters hold in its exports. Each test runs in a rolled-back transaction.
 */
@IntegrationTest
@Transactional
class TaskViewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TaskService tasks;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void overdueTasksAreMarkedInTheListAndTasksDoneOrCancelledAreNot() throws Exception {
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		long open = create("Belum selesai kemarin", "BELUM", yesterday);
		long done = create("Selesai kemarin", "SELESAI", yesterday);
		long cancelled = create("Dibatalkan kemarin", "BATAL", yesterday);
		long dueToday = create("Tenggat hari ini", "PROSES", yesterday.plusDays(1));
		String html = page("/programmes/1/tasks?area=A&sort=TITLE", "kepala");
		assertThat(element(html, "tr", "task-" + open)).contains("task-overdue").contains("Terlambat");
		assertThat(element(html, "tr", "task-" + done)).doesNotContain("task-overdue").doesNotContain("Terlambat");
		assertThat(element(html, "tr", "task-" + cancelled)).doesNotContain("task-overdue");
		assertThat(element(html, "tr", "task-" + dueToday)).doesNotContain("task-overdue");
	}

	@Test
	void overdueTasksAreMarkedOnTheBoard() throws Exception {
		long overdue = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		long done = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_DONE);
		String html = page("/programmes/1/pokja/1/board", "koordinator");
		assertThat(element(html, "li", "card-" + overdue)).contains("task-overdue").contains("Terlambat");
		assertThat(element(html, "li", "card-" + done)).doesNotContain("task-overdue");
	}

	@Test
	void myTasksListsTheOverdueOnesFirstAndMarksThem() throws Exception {
		long overdue = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		String html = page("/me/tasks", "anggota");
		Matcher rows = Pattern.compile("<tr[^>]*id=\"task-(\\d+)\"").matcher(html);
		assertThat(rows.find()).isTrue();
		assertThat(Long.parseLong(rows.group(1))).isEqualTo(overdue);
		assertThat(element(html, "tr", "task-" + overdue)).contains("task-overdue").contains("Terlambat");
		assertThat(html).doesNotContain(DemoTaskIds.GURU_AREA_A);
	}

	@Test
	void theApiSaysWhichTasksAreOverdue() throws Exception {
		long overdue = DemoTaskIds.id(this.jdbc, DemoTaskIds.ANGGOTA_OVERDUE);
		long done = DemoTaskIds.id(this.jdbc, DemoTaskIds.AREA_A_DONE);
		this.mvc.perform(get("/api/v1/tasks/" + overdue).with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(true));
		this.mvc.perform(get("/api/v1/tasks/" + done).with(as("kepala"))).andExpect(jsonPath("$.overdue").value(false));
		this.mvc.perform(get("/api/v1/programmes/1/tasks").param("overdue", "true").with(as("kepala")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].overdue").value(everyItem(org.hamcrest.Matchers.is(true))))
			.andExpect(jsonPath("$.totalElements").value((int) overdueCount()));
		this.mvc.perform(get("/api/v1/me/tasks").with(as("anggota")))
			.andExpect(jsonPath("$[0].id").value(overdue))
			.andExpect(jsonPath("$[0].overdue").value(true));
	}

	@Test
	void theDemoPlanHasThirtyTasksOrMoreAndSeveralAreOverdue() {
		assertThat(this.jdbc.sql("select count(*) from task where programme_id = 1").query(Long.class).single())
			.isGreaterThanOrEqualTo(30);
		assertThat(overdueCount()).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc
			.sql("select count(distinct pokja_id) from task where programme_id = 1 and pokja_id is not null")
			.query(Long.class)
			.single()).isEqualTo(6);
	}

	@Test
	void runningTheDemoTasksAgainAddsNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from task").query(Long.class).single();
		long comments = this.jdbc.sql("select count(*) from task_comment").query(Long.class).single();
		this.context.getBean("demoTasks", ApplicationRunner.class).run(null);
		assertThat(this.jdbc.sql("select count(*) from task").query(Long.class).single()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from task_comment").query(Long.class).single()).isEqualTo(comments);
	}

	@Test
	void theXlsxExportHoldsTheFilteredTasks() throws Exception {
		byte[] body = this.mvc.perform(get("/programmes/1/tasks.xlsx").param("area", "B").with(as("kepala")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long areaB = this.jdbc.sql("select count(*) from task where programme_id = 1 and area_code = 'B'")
			.query(Long.class)
			.single();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Judul");
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(areaB + 1);
			for (int r = 1; r <= areaB; r++) {
				assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("B");
			}
		}
	}

	@Test
	void theCsvExportHoldsTheOverdueTasksOnly() throws Exception {
		String body = this.mvc.perform(get("/programmes/1/tasks.csv").param("overdue", "true").with(as("kepala")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
		assertThat(records).hasSize((int) overdueCount());
		assertThat(records).allSatisfy((record) -> assertThat(record.get("Terlambat")).isEqualTo("Ya"));
		assertThat(records).extracting((record) -> record.get("Judul")).contains(DemoTaskIds.ANGGOTA_OVERDUE);
	}

	@Test
	void theListFiltersByPersonInChargeAndStatus() throws Exception {
		this.mvc.perform(get("/api/v1/programmes/1/tasks").param("pic", "anggota").with(as("kepala")))
			.andExpect(jsonPath("$.content[*].pic.username").value(everyItem(org.hamcrest.Matchers.is("anggota"))))
			.andExpect(jsonPath("$.content[*].title").value(hasItem(DemoTaskIds.ANGGOTA_OVERDUE)));
		this.mvc.perform(get("/api/v1/programmes/1/tasks").param("status", "SELESAI").with(as("kepala")))
			.andExpect(jsonPath("$.content[*].status").value(everyItem(org.hamcrest.Matchers.is("SELESAI"))));
		this.mvc.perform(get("/programmes/1/tasks").param("status", "NANTI").with(as("kepala")))
			.andExpect(status().isBadRequest());
	}

	private long create(String title, String status, LocalDate due) {
		CurrentUser head = (CurrentUser) this.users.loadUserByUsername("kepala");
		return this.tasks
			.create(head, 1,
					new TaskDraft(title, null, "A", null, List.of(), "anggota", due.minusDays(3), due, status, null,
							null, null))
			.id();
	}

	private long overdueCount() {
		return this.jdbc
			.sql("select count(*) from task where programme_id = 1 and due_date < :today "
					+ "and status not in ('SELESAI', 'BATAL')")
			.param("today", LocalDate.now(this.clock))
			.query(Long.class)
			.single();
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	// The element with this id, up to its closing tag (rows and cards do not nest).
	static String element(String html, String tag, String id) {
		Matcher matcher = Pattern.compile("<" + tag + "[^>]*id=\"" + id + "\"[^>]*>.*?</" + tag + ">", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("element " + id).isTrue();
		return matcher.group();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
