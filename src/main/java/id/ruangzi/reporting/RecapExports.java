package id.ruangzi.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.GateName;
import id.ruangzi.assessment.scoring.GateResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The recap of every unit in an overview, one row per unit, one column per area and gate,
 * as XLSX or CSV. Both stream: rows come from SQL a page at a time, the XLSX keeps a
 * small window of rows in memory (the rest go to a temporary file), the CSV is written
 * row by row.
 */
@Service
public class RecapExports {

	static final int PAGE = 200;

	static final int WINDOW = 50;

	private final Overviews overviews;

	private final MessageSource messages;

	RecapExports(Overviews overviews, MessageSource messages) {
		this.overviews = overviews;
		this.messages = messages;
	}

	/**
	 * @param scope the units, resolved before streaming starts
	 * @param out where the workbook goes
	 * @param locale the language of the headers
	 */
	public void writeXlsx(OverviewScope scope, OutputStream out, Locale locale) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			Sheet sheet = workbook.createSheet(text("reporting.recap.sheet", locale));
			List<String> header = header(locale);
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			int[] next = { 1 };
			this.overviews.forEachRow(scope, PAGE, (row) -> {
				Row line = sheet.createRow(next[0]++);
				List<Object> values = values(row, locale);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof BigDecimal number) {
						line.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value instanceof Number number) {
						line.createCell(i).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						line.createCell(i).setCellValue(value.toString());
					}
				}
			});
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param scope the units, resolved before streaming starts
	 * @param out where the CSV goes (UTF-8 with a byte order mark, for spreadsheets)
	 * @param locale the language of the headers
	 */
	public void writeCsv(OverviewScope scope, OutputStream out, Locale locale) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			writer.write(csvLine(new ArrayList<>(header(locale))));
			this.overviews.forEachRow(scope, PAGE, (row) -> {
				try {
					writer.write(csvLine(values(row, locale)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> header(Locale locale) {
		List<String> header = new ArrayList<>();
		for (String key : List.of("rank", "unitCode", "unit", "type", "parent", "target", "stage", "total",
				"pengungkit", "hasil")) {
			header.add(text("reporting.recap.column." + key, locale));
		}
		for (Area area : Area.values()) {
			header.add(text("reporting.recap.column.area", locale, area.name()));
		}
		for (GateName gate : GateName.values()) {
			header.add(text("reporting.recap.column.gate", locale, text("assessment.gate." + gate, locale)));
		}
		for (String key : List.of("coverage", "overdue", "lastActivity", "review", "ready", "attention")) {
			header.add(text("reporting.recap.column." + key, locale));
		}
		return header;
	}

	private List<Object> values(OverviewRow row, Locale locale) {
		List<Object> values = new ArrayList<>();
		values.add(row.rank());
		values.add(row.unitCode());
		values.add(row.unitName());
		values.add(text("organisation.unitType." + row.type(), locale));
		values.add(row.parentName());
		values.add(row.target().name());
		values.add(text("assessment.stage." + row.stage(), locale));
		values.add(row.total());
		values.add(row.pengungkit());
		values.add(row.hasil());
		for (Area area : Area.values()) {
			values.add(row.gates()
				.stream()
				.filter((gate) -> gate.gate() == GateName.ofArea(area))
				.map(GateResult::value)
				.findFirst()
				.orElse(null));
		}
		for (GateName name : GateName.values()) {
			values.add(row.gates()
				.stream()
				.filter((gate) -> gate.gate() == name)
				.map((gate) -> text(gate.passed() ? "reporting.recap.pass" : "reporting.recap.fail", locale))
				.findFirst()
				.orElse(null));
		}
		values.add(row.evidenceCoverage());
		values.add(row.overdueTasks());
		values.add((row.lastActivity() != null) ? row.lastActivity().toString() : null);
		values.add(text("reporting.overview.review." + row.review(), locale));
		values.add(text(row.ready() ? "reporting.recap.yes" : "reporting.recap.no", locale));
		values.add(row.onTrack() ? text("reporting.overview.flag.onTrack", locale)
				: row.attention()
					.stream()
					.map((reason) -> text("reporting.overview.attention." + reason, locale))
					.collect(Collectors.joining("; ")));
		return values;
	}

	private static String csvLine(List<?> values) {
		return values.stream().map(RecapExports::csvField).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String csvField(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof BigDecimal number) ? number.toPlainString() : value.toString();
		// A leading =, +, - or @ would be a formula in a spreadsheet: quote it as text.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
