package id.ruangzi.assessment.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an LKE template from the worksheet CSV (columns code, komponen, sub_komponen,
 * area, area_weight, sub_indicator, sub_indicator_weight, question, per_question_weight,
 * answer_type, option_scores, option_labels_or_inputs, evidence_examples).
 * <p>
 * Item weights are recomputed as sub-indicator weight / number of items rather than taken
 * from the rounded per_question_weight column (0.3333 three times is not 1). Each area's
 * sub-indicator weights must add up to its area_weight, so a damaged file fails loudly
 * instead of scoring quietly wrong. Gate thresholds start at the seeded values.
 */
public final class LkeCsv {

	/** The classpath location of the bundled PermenPANRB 90/2021 worksheet. */
	public static final String PERMENPANRB_90_2021 = "/lke/lke-permenpanrb-90-2021.csv";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private static final Pattern OPTION_PREFIX = Pattern.compile("^[A-E]\\.\\s*");

	private LkeCsv() {
	}

	/** The bundled PermenPANRB 90/2021 template. */
	public static LkeTemplate readPermenPanRb90() {
		try (InputStream in = LkeCsv.class.getResourceAsStream(PERMENPANRB_90_2021)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + PERMENPANRB_90_2021);
			}
			return read(in, "PermenPANRB 90/2021");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a template from UTF-8 CSV.
	 * @param csv the worksheet; not closed
	 * @return the template named "LKE"
	 * @throws IllegalArgumentException when a row or the weights are inconsistent
	 */
	public static LkeTemplate read(InputStream csv) {
		return read(csv, "LKE");
	}

	static LkeTemplate read(InputStream csv, String name) {
		Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
		Map<SubComponentKind, Group> subComponents = new LinkedHashMap<>();
		Map<SubComponentKind, String> componentNames = new LinkedHashMap<>();
		try {
			for (CSVRecord row : FORMAT.parse(reader)) {
				String code = row.get("code").trim();
				SubComponentKind kind = SubComponentKind.ofItemCode(code);
				Area area = kind.hasAreas() ? Area.ofCode(code) : null;
				componentNames.putIfAbsent(kind, row.get("komponen"));
				Group subComponent = subComponents.computeIfAbsent(kind,
						(k) -> new Group(row.get("sub_komponen"), null));
				Group section = (area != null) ? subComponent.children.computeIfAbsent(area.name(),
						(a) -> new Group(row.get("area"), decimal(row, "area_weight"))) : subComponent;
				String subIndicatorCode = (area != null) ? code.substring(0, code.length() - 1) : code;
				Group subIndicator = section.children.computeIfAbsent(subIndicatorCode,
						(c) -> new Group(row.get("sub_indicator"), decimal(row, "sub_indicator_weight")));
				subIndicator.rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Component> components = new ArrayList<>();
		for (ComponentKind componentKind : ComponentKind.values()) {
			List<SubComponent> parts = new ArrayList<>();
			subComponents.forEach((kind, group) -> {
				if (kind.component() == componentKind) {
					parts.add(subComponent(kind, group));
				}
			});
			String componentName = componentNames.entrySet()
				.stream()
				.filter((e) -> e.getKey().component() == componentKind)
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(componentKind.name());
			components.add(new Component(componentKind, componentName, parts));
		}
		return new LkeTemplate(name, components, List.of(GateThresholds.seededWbk(), GateThresholds.seededWbbm()));
	}

	private static SubComponent subComponent(SubComponentKind kind, Group group) {
		if (!kind.hasAreas()) {
			List<SubIndicator> subIndicators = subIndicators(kind, null, group);
			return new SubComponent(kind, group.name, List.of(), subIndicators);
		}
		List<AreaSection> areas = new ArrayList<>();
		List<SubIndicator> all = new ArrayList<>();
		group.children.forEach((letter, section) -> {
			Area area = Area.valueOf(letter);
			List<SubIndicator> subIndicators = subIndicators(kind, area, section);
			BigDecimal sum = subIndicators.stream().map(SubIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(section.weight) != 0) {
				throw new IllegalArgumentException(group.name + " area " + area + " has sub-indicator weights "
						+ "adding up to " + sum + ", not its area_weight " + section.weight);
			}
			areas.add(new AreaSection(area, section.name, section.weight, subIndicators));
			all.addAll(subIndicators);
		});
		return new SubComponent(kind, group.name, areas, all);
	}

	private static List<SubIndicator> subIndicators(SubComponentKind kind, Area area, Group section) {
		List<SubIndicator> result = new ArrayList<>();
		section.children.forEach((code, group) -> {
			BigDecimal itemWeight = SubIndicator.itemWeight(group.weight, group.rows.size());
			List<Item> items = group.rows.stream().map((row) -> item(row, kind, area, itemWeight)).toList();
			result.add(new SubIndicator(code, group.name, group.weight, items));
		});
		return result;
	}

	private static Item item(CSVRecord row, SubComponentKind kind, Area area, BigDecimal weight) {
		String code = row.get("code").trim();
		AnswerType type = AnswerType.valueOf(row.get("answer_type").trim());
		String[] labels = row.get("option_labels_or_inputs").split("\\s*\\|\\s*");
		List<Option> options = new ArrayList<>();
		List<InputField> inputs = new ArrayList<>();
		if (type.isLettered()) {
			String[] scores = row.get("option_scores").split(";");
			List<String> letters = type.letters();
			if (scores.length != letters.size() || labels.length != letters.size()) {
				throw new IllegalArgumentException("Item " + code + " of type " + type + " has " + scores.length
						+ " option scores and " + labels.length + " option labels");
			}
			for (int i = 0; i < letters.size(); i++) {
				String text = OPTION_PREFIX.matcher(labels[i].trim()).replaceFirst("");
				options.add(new Option(letters.get(i), text, new BigDecimal(scores[i].trim())));
			}
		}
		else {
			for (String label : labels) {
				int colon = label.indexOf(':');
				if (colon < 1) {
					throw new IllegalArgumentException("Item " + code + " has an input without a key: " + label);
				}
				inputs.add(new InputField(label.substring(0, colon).trim(), label.substring(colon + 1).trim()));
			}
		}
		List<String> evidence = Arrays.stream(row.get("evidence_examples").split(";"))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.toList();
		return new Item(code, kind, area, row.get("question").trim(), type, options, inputs, evidence, weight);
	}

	private static BigDecimal decimal(CSVRecord row, String column) {
		try {
			return new BigDecimal(row.get(column).trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Item " + row.get("code") + " has no number in " + column, ex);
		}
	}

	/** A node while grouping rows; children keep worksheet order. */
	private static final class Group {

		final String name;

		final BigDecimal weight;

		final Map<String, Group> children = new LinkedHashMap<>();

		final List<CSVRecord> rows = new ArrayList<>();

		Group(String name, BigDecimal weight) {
			this.name = name;
			this.weight = weight;
		}

	}

}
