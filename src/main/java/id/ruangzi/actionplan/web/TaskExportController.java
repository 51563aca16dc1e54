package id.ruangzi.actionplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.MediaTypes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The task list as XLSX and CSV, with the list's filters and order, headers and values in
 * the user's language.
 */
@Controller
class TaskExportController {

	static final MediaType XLSX = MediaTypes.XLSX;

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final List<String> COLUMNS = List.of("id", "title", "area", "pokja", "pic", "startDate", "dueDate",
			"status", "priority", "expectedOutput", "progress", "overdue", "items");

	private final TaskService tasks;

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final MessageSource messages;

	TaskExportController(TaskService tasks, AssessmentApi assessment, PokjaApi pokja, MessageSource messages) {
		this.tasks = tasks;
		this.assessment = assessment;
		this.pokja = pokja;
		this.messages = messages;
	}

	@GetMapping("/programmes/{id}/tasks.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute TaskFilterForm filter) throws IOException {
		ProgrammeView programme = this.assessment.programme(user, id);
		List<List<String>> rows = rows(user, id, filter);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(message("actionplan.export.sheet"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					String value = values.get(c);
					if (r > 0 && (c == 0 || c == 10) && !value.isEmpty()) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return file(out.toByteArray(), XLSX, name(programme, "xlsx"));
		}
	}

	@GetMapping("/programmes/{id}/tasks.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute TaskFilterForm filter) throws IOException {
		ProgrammeView programme = this.assessment.programme(user, id);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			for (List<String> row : rows(user, id, filter)) {
				printer.printRecord(row);
			}
		}
		return file(out.toByteArray(), CSV, name(programme, "csv"));
	}

	private List<List<String>> rows(CurrentUser user, long id, TaskFilterForm filter) {
		List<TaskView> views = this.tasks.export(user, id, filter.toFilter());
		Map<Long, PokjaView> pokjaById = this.pokja.pokjaOf(id)
			.stream()
			.collect(Collectors.toMap(PokjaView::id, Function.identity()));
		List<List<String>> rows = new ArrayList<>();
		rows.add(COLUMNS.stream().map((column) -> message("actionplan.export." + column)).toList());
		for (TaskView task : views) {
			PokjaView one = (task.pokjaId() != null) ? pokjaById.get(task.pokjaId()) : null;
			rows.add(List.of(String.valueOf(task.id()), task.title(), text(task.areaCode()),
					(one != null) ? one.name() : "", (task.pic() != null) ? task.pic().fullName() : "",
					text(task.startDate()), text(task.dueDate()), message("actionplan.status." + task.status()),
					message("actionplan.priority." + task.priority()), text(task.expectedOutput()),
					String.valueOf(task.progress()),
					message(task.overdue() ? "actionplan.export.yes" : "actionplan.export.no"),
					String.join(" ", task.itemCodes())));
		}
		return rows;
	}

	private String message(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, locale);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String name(ProgrammeView programme, String extension) {
		return "rencana-aksi-" + programme.unitCode() + "-" + programme.year() + "." + extension;
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
