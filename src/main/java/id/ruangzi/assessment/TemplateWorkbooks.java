package id.ruangzi.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.assessment.scoring.AreaSection;
import id.ruangzi.assessment.scoring.Component;
import id.ruangzi.assessment.scoring.GateName;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.SubComponent;
import id.ruangzi.assessment.scoring.SubIndicator;
import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.catalogue.TemplateData;
import id.ruangzi.catalogue.TemplateData.AreaData;
import id.ruangzi.catalogue.TemplateData.GateData;
import id.ruangzi.catalogue.TemplateData.InputData;
import id.ruangzi.catalogue.TemplateData.ItemData;
import id.ruangzi.catalogue.TemplateData.OptionData;
import id.ruangzi.catalogue.TemplateData.SubIndicatorData;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;

/**
 * LKE templates as Excel workbooks in the regulation's worksheet layout (the columns of
 * the bundled CSV) plus a sheet of gates, so a new regulation is loaded without code. An
 * import is read by the same parser as the bundled worksheet, which checks codes, answer
 * types, options and that every area's sub-indicators add up to its weight, and becomes a
 * new, unused version.
 */
@Service
public class TemplateWorkbooks {

	static final List<String> COLUMNS = List.of("code", "komponen", "sub_komponen", "area", "area_weight",
			"sub_indicator", "sub_indicator_weight", "question", "per_question_weight", "answer_type", "option_scores",
			"option_labels_or_inputs", "evidence_examples");

	static final List<String> GATE_COLUMNS = List.of("predicate", "gate", "threshold");

	private final CatalogueApi catalogue;

	TemplateWorkbooks(CatalogueApi catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * @param user an administrator
	 * @param templateId the version
	 * @return the version as a workbook
	 */
	public byte[] export(CurrentUser user, long templateId) {
		this.catalogue.summary(user, templateId);
		TemplateData data = this.catalogue.template(templateId);
		Map<String, String> areaNames = data.areas().stream().collect(Collectors.toMap(AreaData::code, AreaData::name));
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("LKE");
			row(sheet, 0, COLUMNS);
			int r = 1;
			for (SubIndicatorData sub : data.subIndicators()) {
				BigDecimal half = data.subIndicators()
					.stream()
					.filter((other) -> other.subComponent().equals(sub.subComponent()) && sub.areaCode() != null
							&& sub.areaCode().equals(other.areaCode()))
					.map(SubIndicatorData::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				for (ItemData item : sub.items()) {
					row(sheet, r++, List.of(item.code(), component(sub), subComponent(sub),
							(sub.areaCode() != null) ? areaNames.get(sub.areaCode()) : "",
							(sub.areaCode() != null) ? half.toPlainString() : "", sub.name(),
							sub.weight().toPlainString(), item.question(),
							SubIndicator.itemWeight(sub.weight(), sub.items().size())
								.setScale(4, RoundingMode.HALF_UP)
								.toPlainString(),
							item.answerType(),
							item.options()
								.stream()
								.map((o) -> o.value().toPlainString())
								.collect(Collectors.joining(";")),
							item.options().isEmpty()
									? item.inputs()
										.stream()
										.map((i) -> i.key() + ": " + i.label())
										.collect(Collectors.joining(" | "))
									: item.options().stream().map(OptionData::label).collect(Collectors.joining(" | ")),
							(item.typicalEvidence() != null) ? item.typicalEvidence() : ""));
				}
			}
			Sheet gates = workbook.createSheet("Gates");
			row(gates, 0, GATE_COLUMNS);
			int g = 1;
			for (GateData gate : data.gates()) {
				row(gates, g++, List.of(gate.predicate(), gate.gate(), gate.threshold().toPlainString()));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param user an administrator
	 * @param code the new version's code
	 * @param name its name
	 * @param regulation the regulation it implements
	 * @param workbook the uploaded workbook; not closed
	 * @return the new version's id
	 */
	public long importWorkbook(CurrentUser user, String code, String name, String regulation, InputStream workbook) {
		LkeTemplate template;
		List<GateData> gates = new ArrayList<>();
		try (Workbook book = open(workbook)) {
			Sheet lke = book.getSheet("LKE");
			Sheet gateSheet = book.getSheet("Gates");
			if (lke == null || gateSheet == null) {
				throw new InvalidInputException("the workbook needs the sheets LKE and Gates, as an export has");
			}
			template = LkeCsv.read(new ByteArrayInputStream(csv(lke).getBytes(StandardCharsets.UTF_8)));
			List<List<String>> rows = rows(gateSheet, GATE_COLUMNS);
			for (int i = 0; i < rows.size(); i++) {
				List<String> row = rows.get(i);
				try {
					gates.add(new GateData(row.get(0), row.get(1), new BigDecimal(row.get(2))));
				}
				catch (NumberFormatException ex) {
					throw new InvalidInputException("Gates row " + (i + 2) + ": the threshold is not a number");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// The worksheet parser names the item and what is inconsistent.
			throw new InvalidInputException(ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.catalogue.createTemplate(user, code, name, regulation, data(template, gates));
	}

	private static Workbook open(InputStream in) {
		try {
			return WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException ex) {
			// POI reports a file that is no workbook with assorted runtime exceptions.
			throw new InvalidInputException("the file is not an Excel workbook (.xlsx)");
		}
	}

	private static String csv(Sheet sheet) throws IOException {
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			printer.printRecord(COLUMNS);
			for (List<String> row : rows(sheet, COLUMNS)) {
				printer.printRecord(row);
			}
		}
		return text.toString();
	}

	private static List<List<String>> rows(Sheet sheet, List<String> columns) {
		DataFormatter formatter = new DataFormatter();
		Row header = sheet.getRow(0);
		for (int i = 0; i < columns.size(); i++) {
			String cell = (header != null) ? formatter.formatCellValue(header.getCell(i)).trim() : "";
			if (!columns.get(i).equalsIgnoreCase(cell)) {
				throw new InvalidInputException(
						"sheet " + sheet.getSheetName() + ": the header must be " + String.join(", ", columns));
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || formatter.formatCellValue(row.getCell(0)).isBlank()) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				cells.add(formatter.formatCellValue(row.getCell(c)).trim());
			}
			rows.add(cells);
		}
		return rows;
	}

	private static TemplateData data(LkeTemplate template, List<GateData> gates) {
		List<AreaData> areas = new ArrayList<>();
		List<SubIndicatorData> subIndicators = new ArrayList<>();
		for (Component component : template.components()) {
			for (SubComponent part : component.subComponents()) {
				for (AreaSection area : part.areas()) {
					if (areas.stream().noneMatch((known) -> known.code().equals(area.area().name()))) {
						areas.add(new AreaData(area.area().name(), area.name(), template.areaWeight(area.area())));
					}
				}
				for (SubIndicator sub : part.subIndicators()) {
					Item first = sub.items().get(0);
					subIndicators.add(new SubIndicatorData(component.kind().name(), part.kind().name(),
							(first.area() != null) ? first.area().name() : null, sub.name(), sub.weight(),
							sub.items().stream().map(TemplateWorkbooks::item).toList()));
				}
			}
		}
		List<String> gateNames = List.of(GateName.values()).stream().map(Enum::name).toList();
		gates.forEach((gate) -> {
			if (!List.of("WBK", "WBBM").contains(gate.predicate())
					|| !(gateNames.contains(gate.gate()) || gate.gate().equals("AREA_PERCENT"))) {
				throw new InvalidInputException("Gates: unknown gate " + gate.predicate() + " " + gate.gate());
			}
		});
		return new TemplateData(0, "", template.name(), areas, subIndicators, gates);
	}

	private static ItemData item(Item item) {
		return new ItemData(item.code(), item.text(), item.answerType().name(), String.join("; ", item.evidence()),
				item.options().stream().map((o) -> new OptionData(o.letter(), o.text(), o.value())).toList(),
				item.inputs().stream().map((i) -> new InputData(i.key(), i.label())).toList());
	}

	private static void row(Sheet sheet, int index, List<String> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	private static String component(SubIndicatorData sub) {
		return sub.component().equals("PENGUNGKIT") ? "Pengungkit" : "Hasil";
	}

	private static String subComponent(SubIndicatorData sub) {
		return switch (sub.subComponent()) {
			case "PEMENUHAN" -> "Pemenuhan";
			case "REFORM" -> "Reform";
			case "BERSIH_AKUNTABEL" -> "Birokrasi yang Bersih dan Akuntabel";
			default -> "Pelayanan Publik yang Prima";
		};
	}

}
