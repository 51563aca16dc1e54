package id.ruangzi.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The coordinator report as an XLSX workbook, with the same columns as the page and
 * headers in the user's language.
 */
@Component
public class CoordinatorReportWorkbook {

	private static final List<String> COLUMNS = List.of("pokja", "area", "coordinators", "planned", "done", "overdue",
			"answered", "items", "changed", "scoreStart", "scoreEnd", "scoreChange");

	private final MessageSource messages;

	CoordinatorReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param report the report
	 * @param locale the user's language
	 * @return the workbook's bytes
	 */
	public byte[] write(CoordinatorReport report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(report.month().toString());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(this.messages.getMessage("reporting.pokja.sheetTitle",
						new Object[] { report.programme().unitName(), report.month().toString() }, locale));
			title.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(2);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i)
					.setCellValue(this.messages.getMessage("reporting.pokja.column." + COLUMNS.get(i), null, locale));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 3;
			for (PokjaMonthLine line : report.lines()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.pokja().name());
				row.createCell(1).setCellValue(line.pokja().areaCode());
				row.createCell(2).setCellValue(line.coordinators());
				row.createCell(3).setCellValue(line.tasks().planned());
				row.createCell(4).setCellValue(line.tasks().done());
				row.createCell(5).setCellValue(line.tasks().overdue());
				row.createCell(6).setCellValue(line.area().answeredAtEnd());
				row.createCell(7).setCellValue(line.area().items());
				row.createCell(8).setCellValue(line.area().changedInMonth());
				row.createCell(9).setCellValue(line.area().scoreAtStart().doubleValue());
				row.createCell(10).setCellValue(line.area().scoreAtEnd().doubleValue());
				row.createCell(11).setCellValue(line.area().scoreChange().doubleValue());
			}
			// Fixed widths: autoSizeColumn needs fonts that a headless server may lack.
			sheet.setColumnWidth(0, 40 * 256);
			sheet.setColumnWidth(2, 40 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
