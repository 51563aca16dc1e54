package id.ruangzi.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.internal.AnswerWriter;
import id.ruangzi.assessment.internal.Programme;
import id.ruangzi.assessment.internal.WorksheetLayout;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.AnswerError;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.identity.CurrentUser;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a programme's answers and notes from a worksheet in the export's layout, matched
 * by item code. Every row is checked first; when any row fails nothing is written and
 * every failing row is named. Unchanged rows write nothing, so importing an unchanged
 * export changes nothing.
 */
@Service
@Transactional
public class WorksheetImport {

	private final AnswerService answers;

	private final AssessmentApi assessment;

	private final AnswerWriter writer;

	WorksheetImport(AnswerService answers, AssessmentApi assessment, AnswerWriter writer) {
		this.answers = answers;
		this.assessment = assessment;
		this.writer = writer;
	}

	/**
	 * Checks, before anything is read, that the user may change the programme's answers
	 * now.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 */
	public void requireEditable(CurrentUser user, long programmeId) {
		this.answers.editable(user, programmeId);
	}

	/**
	 * @param user the signed-in user, who must be allowed to edit the programme's answers
	 * @param programmeId the programme
	 * @param workbook the uploaded workbook; not closed
	 * @return the rows that failed (nothing written) or how many items were read
	 */
	public ImportResult importWorkbook(CurrentUser user, long programmeId, InputStream workbook) {
		Programme programme = this.answers.editable(user, programmeId);
		LkeTemplate template = this.assessment.engine(programme).template();
		List<RowError> errors = new ArrayList<>();
		Map<String, Line> lines = read(workbook, template, errors);
		// A coordinator imports the whole exported sheet: rows of other pokja's areas are
		// left
		// as they are, and the result says how many.
		EditScope scope = this.answers.scope(user, programme);
		int before = lines.size();
		lines.values().removeIf((line) -> !scope.covers(template.item(line.code()).map(Item::area).orElse(null)));
		int skipped = before - lines.size();
		Map<String, Answer> values = new HashMap<>();
		lines.forEach((code, line) -> {
			if (line.answer() != null) {
				values.put(code, line.answer());
			}
		});
		for (AnswerError error : this.assessment.engine(programme).validate(new Worksheet(values))) {
			Line line = lines.get(error.itemCode());
			errors.add(new RowError((line != null) ? line.row() : 0, error.itemCode(), error.reason(),
					"assessment.answerError." + error.kind(), List.copyOf(error.args())));
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(RowError::row));
			return new ImportResult(errors, 0, skipped);
		}
		lines.forEach((code, line) -> {
			this.writer.write(programmeId, code, line.answer(), user.fullName());
			this.writer.note(programmeId, code, line.note(), user.fullName());
		});
		this.answers.rescore(programme);
		return new ImportResult(List.of(), lines.size(), skipped);
	}

	private static Map<String, Line> read(InputStream input, LkeTemplate template, List<RowError> errors) {
		Map<String, Line> lines = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter();
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(input);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a file that is no workbook with assorted runtime exceptions.
			errors.add(new RowError(0, "", "the file is not an Excel workbook (.xlsx) in the LKE layout",
					"worksheet.import.error.notWorkbook", List.of()));
			return lines;
		}
		try (workbook) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			for (int i = 0; i < WorksheetLayout.HEADER.size(); i++) {
				String cell = (header != null) ? formatter.formatCellValue(header.getCell(i)).trim() : "";
				if (!WorksheetLayout.HEADER.get(i).equalsIgnoreCase(cell)) {
					errors.add(new RowError(1, "", "the header must be: " + String.join(", ", WorksheetLayout.HEADER),
							"worksheet.import.error.header", List.of(String.join(", ", WorksheetLayout.HEADER))));
					return lines;
				}
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String code = (row != null) ? formatter.formatCellValue(row.getCell(WorksheetLayout.CODE)).trim() : "";
				if (code.isEmpty()) {
					continue;
				}
				int number = r + 1;
				Item item = template.item(code).orElse(null);
				if (item == null) {
					errors.add(new RowError(number, code, "no such item in this programme's LKE",
							"worksheet.import.error.unknownItem", List.of(code)));
					continue;
				}
				if (lines.containsKey(code)) {
					errors
						.add(new RowError(number, code, "the item appears twice, first in row " + lines.get(code).row(),
								"worksheet.import.error.duplicate", List.of(lines.get(code).row())));
					continue;
				}
				String answer = formatter.formatCellValue(row.getCell(WorksheetLayout.ANSWER)).trim();
				String note = formatter.formatCellValue(row.getCell(WorksheetLayout.NOTE)).strip();
				try {
					lines.put(code, new Line(number, code, answer.isEmpty() ? null : WorksheetCells.parse(item, answer),
							note.isEmpty() ? null : note));
				}
				catch (WorksheetCells.CellException ex) {
					errors.add(new RowError(number, code, ex.getMessage(), ex.messageKey(), List.of(ex.argument())));
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return lines;
	}

	private record Line(int row, String code, Answer answer, String note) {
	}

	/**
	 * A row that cannot be imported.
	 *
	 * @param row the spreadsheet row number (the header is row 1), 0 for the whole file
	 * @param itemCode the item code in the row, if any
	 * @param reason what is wrong, in English
	 * @param messageKey the same for the page, as a message key
	 * @param args the values the message names
	 */
	public record RowError(int row, String itemCode, String reason, String messageKey, List<Object> args) {
	}

	/**
	 * @param errors the failing rows; when not empty nothing was written
	 * @param items how many item rows were applied
	 * @param skipped how many rows were left alone because they belong to areas the user
	 * does not work on
	 */
	public record ImportResult(List<RowError> errors, int items, int skipped) {

		public boolean succeeded() {
			return this.errors.isEmpty();
		}

	}

}
