package id.ruangzi.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.ruangzi.assessment.scoring.AnswerType;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.AreaSection;
import id.ruangzi.assessment.scoring.Component;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.GateThresholds;
import id.ruangzi.assessment.scoring.InputField;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.Option;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.SubComponent;
import id.ruangzi.assessment.scoring.SubComponentKind;
import id.ruangzi.assessment.scoring.SubIndicator;
import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.catalogue.TemplateData;
import id.ruangzi.catalogue.TemplateData.GateData;
import id.ruangzi.catalogue.TemplateData.ItemData;
import id.ruangzi.catalogue.TemplateData.SubIndicatorData;

/**
 * Turns a stored template into the scoring engine's model, once per template version: the
 * engine precomputes its structures, and bound versions never change.
 */
@org.springframework.stereotype.Component
public class TemplateAssembler {

	private static final Pattern OPTION_PREFIX = Pattern.compile("^[A-E]\\.\\s*");

	private static final Map<SubComponentKind, String> SUB_COMPONENT_NAMES = Map.of(SubComponentKind.PEMENUHAN,
			"Pemenuhan", SubComponentKind.REFORM, "Reform", SubComponentKind.BERSIH_AKUNTABEL,
			"Birokrasi yang Bersih dan Akuntabel", SubComponentKind.PELAYANAN_PRIMA, "Pelayanan Publik yang Prima");

	private final CatalogueApi catalogue;

	private final Map<Long, ScoringEngine> engines = new ConcurrentHashMap<>();

	TemplateAssembler(CatalogueApi catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The scoring engine of a template version.
	 * @param templateId the template's id
	 * @return its engine
	 */
	public ScoringEngine engine(long templateId) {
		return this.engines.computeIfAbsent(templateId,
				(id) -> new ScoringEngine(assemble(this.catalogue.template(id))));
	}

	static LkeTemplate assemble(TemplateData data) {
		List<Component> components = new ArrayList<>();
		for (ComponentKind componentKind : ComponentKind.values()) {
			List<SubComponent> parts = new ArrayList<>();
			for (SubComponentKind kind : SubComponentKind.values()) {
				if (kind.component() == componentKind) {
					parts.add(subComponent(data, kind));
				}
			}
			String name = (componentKind == ComponentKind.PENGUNGKIT) ? "Pengungkit" : "Hasil";
			components.add(new Component(componentKind, name, parts));
		}
		return new LkeTemplate(data.name(), components,
				List.of(gates(data, Predicate.WBK), gates(data, Predicate.WBBM)));
	}

	private static SubComponent subComponent(TemplateData data, SubComponentKind kind) {
		List<SubIndicatorData> rows = data.subIndicators()
			.stream()
			.filter((row) -> row.subComponent().equals(kind.name()))
			.toList();
		List<SubIndicator> all = new ArrayList<>();
		List<AreaSection> areas = new ArrayList<>();
		if (kind.hasAreas()) {
			for (TemplateData.AreaData areaData : data.areas()) {
				Area area = Area.valueOf(areaData.code());
				List<SubIndicator> subIndicators = rows.stream()
					.filter((row) -> areaData.code().equals(row.areaCode()))
					.map((row) -> subIndicator(row, kind, area))
					.toList();
				BigDecimal weight = subIndicators.stream()
					.map(SubIndicator::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				areas.add(new AreaSection(area, areaData.name(), weight, subIndicators));
				all.addAll(subIndicators);
			}
		}
		else {
			rows.forEach((row) -> all.add(subIndicator(row, kind, null)));
		}
		return new SubComponent(kind, SUB_COMPONENT_NAMES.get(kind), areas, all);
	}

	private static SubIndicator subIndicator(SubIndicatorData row, SubComponentKind kind, Area area) {
		BigDecimal itemWeight = SubIndicator.itemWeight(row.weight(), row.items().size());
		List<Item> items = row.items().stream().map((item) -> item(item, kind, area, itemWeight)).toList();
		String first = row.items().get(0).code();
		String code = (area != null) ? first.substring(0, first.length() - 1) : first;
		return new SubIndicator(code, row.name(), row.weight(), items);
	}

	private static Item item(ItemData data, SubComponentKind kind, Area area, BigDecimal weight) {
		List<Option> options = data.options()
			.stream()
			.map((option) -> new Option(option.letter(), OPTION_PREFIX.matcher(option.label()).replaceFirst(""),
					option.value()))
			.toList();
		List<InputField> inputs = data.inputs()
			.stream()
			.map((input) -> new InputField(input.key(), input.label()))
			.toList();
		List<String> evidence = (data.typicalEvidence() != null) ? Arrays.stream(data.typicalEvidence().split(";"))
			.map(String::trim)
			.filter((text) -> !text.isEmpty())
			.toList() : List.of();
		return new Item(data.code(), kind, area, data.question(), AnswerType.valueOf(data.answerType()), options,
				inputs, evidence, weight);
	}

	private static GateThresholds gates(TemplateData data, Predicate predicate) {
		Map<String, BigDecimal> values = data.gates()
			.stream()
			.filter((gate) -> gate.predicate().equals(predicate.name()))
			// Thresholds are shown and compared like scores: two decimals.
			.collect(Collectors.toMap(GateData::gate, (gate) -> gate.threshold().setScale(2, RoundingMode.HALF_UP)));
		return new GateThresholds(predicate, values.get("TOTAL"), values.get("PENGUNGKIT"), values.get("AREA_PERCENT"),
				values.get("BERSIH_AKUNTABEL"), values.get("IPAK"), values.get("CAPAIAN_KINERJA"), values.get("IPKP"),
				(predicate == Predicate.WBBM) ? Predicate.WBK : Predicate.NONE);
	}

}
