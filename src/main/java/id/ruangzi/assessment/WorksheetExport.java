package id.ruangzi.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.internal.ItemAnswer;
import id.ruangzi.assessment.internal.ItemAnswerRepository;
import id.ruangzi.assessment.internal.Programme;
import id.ruangzi.assessment.internal.WorksheetLayout;
import id.ruangzi.assessment.scoring.AreaSection;
import id.ruangzi.assessment.scoring.Component;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.SubComponent;
import id.ruangzi.assessment.scoring.SubIndicator;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.UnitSummary;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's LKE as an Excel workbook in the worksheet layout units know: one row
 * per item (code, criterion, weight, choices, answer, score, percent, note, evidence)
 * under rows for the components, sub-components, areas and sub-indicators with their
 * totals.
 */
@Service
@Transactional(readOnly = true)
public class WorksheetExport {

	private final AssessmentApi assessment;

	private final ItemAnswerRepository answers;

	WorksheetExport(AssessmentApi assessment, ItemAnswerRepository answers) {
		this.assessment = assessment;
		this.answers = answers;
	}

	/**
	 * @param user the signed-in user, who must see the programme
	 * @param programmeId the programme
	 * @return the workbook's bytes
	 */
	public byte[] export(CurrentUser user, long programmeId) {
		Programme programme = this.assessment.find(programmeId);
		UnitSummary unit = this.assessment.require(user, Action.VIEW, programme);
		LkeTemplate template = this.assessment.engine(programme).template();
		Map<String, ItemAnswer> rows = this.answers.findByProgrammeId(programmeId)
			.stream()
			.collect(Collectors.toMap(ItemAnswer::getItemCode, Function.identity()));
		ScoreReport report = this.assessment.engine(programme)
			.score(ItemAnswer.worksheet(rows.values().stream().toList()), this.assessment.held(unit));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Writer writer = new Writer(workbook, report, rows);
			for (Component component : template.components()) {
				writer.total(component.name(), component.weight(), report.component(component.kind()).score());
				for (SubComponent part : component.subComponents()) {
					writer.total(part.name(), part.weight(), report.subComponent(part.kind()).score());
					if (part.areas().isEmpty()) {
						part.subIndicators().forEach(writer::subIndicator);
					}
					for (AreaSection area : part.areas()) {
						BigDecimal areaScore = area.subIndicators()
							.stream()
							.map((sub) -> writer.subIndicatorScore(sub))
							.reduce(BigDecimal.ZERO, BigDecimal::add);
						writer.total(area.area().name() + ". " + area.name(), area.weight(), areaScore);
						area.subIndicators().forEach(writer::subIndicator);
					}
				}
			}
			writer.total("Total", new BigDecimal("100"), report.total());
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Writer {

		private final Sheet sheet;

		private final ScoreReport report;

		private final Map<String, ItemAnswer> answers;

		private final CellStyle bold;

		private int next;

		Writer(XSSFWorkbook workbook, ScoreReport report, Map<String, ItemAnswer> answers) {
			this.sheet = workbook.createSheet("LKE");
			this.report = report;
			this.answers = answers;
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			Row header = this.sheet.createRow(this.next++);
			for (int i = 0; i < WorksheetLayout.HEADER.size(); i++) {
				header.createCell(i).setCellValue(WorksheetLayout.HEADER.get(i));
				header.getCell(i).setCellStyle(this.bold);
			}
			this.sheet.createFreezePane(0, 1);
			this.sheet.setColumnWidth(WorksheetLayout.TEXT, 80 * 256);
			this.sheet.setColumnWidth(WorksheetLayout.CHOICES, 50 * 256);
		}

		// Totals have no code, so an import never mistakes them for items.
		void total(String name, BigDecimal weight, BigDecimal score) {
			Row row = this.sheet.createRow(this.next++);
			row.createCell(WorksheetLayout.TEXT).setCellValue(name);
			row.getCell(WorksheetLayout.TEXT).setCellStyle(this.bold);
			row.createCell(WorksheetLayout.WEIGHT).setCellValue(cents(weight).doubleValue());
			row.createCell(WorksheetLayout.SCORE).setCellValue(cents(score).doubleValue());
			if (weight.signum() > 0) {
				row.createCell(WorksheetLayout.PERCENT)
					.setCellValue(cents(
							score.multiply(BigDecimal.valueOf(100)).divide(weight, 10, java.math.RoundingMode.HALF_UP))
						.doubleValue());
			}
		}

		BigDecimal subIndicatorScore(SubIndicator subIndicator) {
			return subIndicator.items()
				.stream()
				.map((item) -> this.report.item(item.code()).score())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		void subIndicator(SubIndicator subIndicator) {
			total(subIndicator.name(), subIndicator.weight(), subIndicatorScore(subIndicator));
			subIndicator.items().forEach(this::item);
		}

		void item(Item item) {
			Row row = this.sheet.createRow(this.next++);
			ItemAnswer answer = this.answers.get(item.code());
			ScoreReport.ItemScore score = this.report.item(item.code());
			row.createCell(WorksheetLayout.CODE).setCellValue(item.code());
			row.createCell(WorksheetLayout.TEXT).setCellValue(item.text());
			row.createCell(WorksheetLayout.WEIGHT)
				.setCellValue(item.weight().setScale(4, java.math.RoundingMode.HALF_UP).doubleValue());
			row.createCell(WorksheetLayout.CHOICES).setCellValue(WorksheetCells.choices(item));
			String value = (answer != null) ? WorksheetCells.answer(answer.toAnswer()) : "";
			row.createCell(WorksheetLayout.ANSWER).setCellValue(value);
			row.createCell(WorksheetLayout.SCORE).setCellValue(cents(score.score()).doubleValue());
			row.createCell(WorksheetLayout.PERCENT)
				.setCellValue(cents(score.value().multiply(BigDecimal.valueOf(100))).doubleValue());
			row.createCell(WorksheetLayout.NOTE)
				.setCellValue((answer != null && answer.getNote() != null) ? answer.getNote() : "");
			row.createCell(WorksheetLayout.EVIDENCE).setCellValue(String.join("; ", item.evidence()));
		}

		private static BigDecimal cents(BigDecimal value) {
			return ScoreReport.cents(value);
		}

	}

}
