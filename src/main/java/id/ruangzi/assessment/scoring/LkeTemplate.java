package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the LKE worksheet: components > sub-components > areas > sub-indicators
 * > items, plus the gate thresholds of each predicate. Immutable.
 * <p>
 * Building it precomputes the flat lookups the engine needs (item order, code index, the
 * sub-indicator of each item, area names and weights, NUMERIC formulas), so scoring a
 * worksheet is a single pass over arrays with no searching, parsing or reflection. Build
 * it once per template version and share it.
 */
public final class LkeTemplate {

	/** The Hasil items the gates read directly. */
	static final String IPAK_ITEM = "HBA", CAPAIAN_KINERJA_ITEM = "HBB", IPKP_ITEM = "HPA";

	private final String name;

	private final List<Component> components;

	private final Map<Predicate, GateThresholds> gates;

	private final List<Item> items;

	private final Map<String, Integer> indexByCode;

	private final List<SubIndicator> subIndicators;

	private final int[] subIndicatorOfItem;

	private final NumericFormula[] formulas;

	private final Map<Area, String> areaNames = new EnumMap<>(Area.class);

	private final Map<Area, BigDecimal> areaWeights = new EnumMap<>(Area.class);

	private final Map<SubComponentKind, BigDecimal> subComponentWeights = new EnumMap<>(SubComponentKind.class);

	private final Map<ComponentKind, BigDecimal> componentWeights = new EnumMap<>(ComponentKind.class);

	/**
	 * @param name the version's name, such as "PermenPANRB 90/2021"
	 * @param components the components in worksheet order
	 * @param gates the thresholds of WBK and of WBBM
	 * @throws IllegalArgumentException for duplicate item codes, a NUMERIC item without a
	 * formula, missing HBA/HBB/HPA items or a missing predicate's thresholds
	 */
	public LkeTemplate(String name, List<Component> components, Collection<GateThresholds> gates) {
		this.name = name;
		this.components = List.copyOf(components);
		this.gates = new EnumMap<>(Predicate.class);
		gates.forEach((g) -> this.gates.put(g.predicate(), g));
		if (!this.gates.containsKey(Predicate.WBK) || !this.gates.containsKey(Predicate.WBBM)) {
			throw new IllegalArgumentException("Template " + name + " needs gate thresholds for WBK and WBBM");
		}
		List<Item> flatItems = new ArrayList<>();
		List<SubIndicator> flatSubIndicators = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		for (Component component : this.components) {
			this.componentWeights.put(component.kind(), component.weight());
			for (SubComponent subComponent : component.subComponents()) {
				this.subComponentWeights.put(subComponent.kind(), subComponent.weight());
				for (AreaSection section : subComponent.areas()) {
					this.areaNames.putIfAbsent(section.area(), section.name());
					this.areaWeights.merge(section.area(), section.weight(), BigDecimal::add);
				}
				for (SubIndicator subIndicator : subComponent.subIndicators()) {
					for (Item item : subIndicator.items()) {
						flatItems.add(item);
						owners.add(flatSubIndicators.size());
					}
					flatSubIndicators.add(subIndicator);
				}
			}
		}
		this.items = List.copyOf(flatItems);
		this.subIndicators = List.copyOf(flatSubIndicators);
		this.subIndicatorOfItem = owners.stream().mapToInt(Integer::intValue).toArray();
		this.indexByCode = new HashMap<>();
		this.formulas = new NumericFormula[this.items.size()];
		for (int i = 0; i < this.items.size(); i++) {
			Item item = this.items.get(i);
			if (this.indexByCode.put(item.code(), i) != null) {
				throw new IllegalArgumentException("Duplicate item code " + item.code());
			}
			if (item.answerType() == AnswerType.NUMERIC) {
				this.formulas[i] = NumericFormulas.forCode(item.code())
					.orElseThrow(() -> new IllegalArgumentException("No formula for NUMERIC item " + item.code()));
			}
		}
		for (String code : List.of(IPAK_ITEM, CAPAIAN_KINERJA_ITEM, IPKP_ITEM)) {
			if (!this.indexByCode.containsKey(code)) {
				throw new IllegalArgumentException("Template " + name + " lacks the Hasil item " + code);
			}
		}
	}

	public String name() {
		return this.name;
	}

	public List<Component> components() {
		return this.components;
	}

	/** Every item in worksheet order. */
	public List<Item> items() {
		return this.items;
	}

	/** Every sub-indicator in worksheet order. */
	public List<SubIndicator> subIndicators() {
		return this.subIndicators;
	}

	public Optional<Item> item(String code) {
		Integer index = this.indexByCode.get(code);
		return (index != null) ? Optional.of(this.items.get(index)) : Optional.empty();
	}

	/** The area's name, such as "Manajemen Perubahan". */
	public String areaName(Area area) {
		return this.areaNames.get(area);
	}

	/** The area's weight over Pemenuhan and Reform together, such as 8 for area A. */
	public BigDecimal areaWeight(Area area) {
		return this.areaWeights.getOrDefault(area, BigDecimal.ZERO);
	}

	/** The sub-component's weight, such as 30 for Pemenuhan. */
	public BigDecimal subComponentWeight(SubComponentKind kind) {
		return this.subComponentWeights.getOrDefault(kind, BigDecimal.ZERO);
	}

	/** The component's weight, such as 60 for Pengungkit. */
	public BigDecimal componentWeight(ComponentKind kind) {
		return this.componentWeights.getOrDefault(kind, BigDecimal.ZERO);
	}

	/** The thresholds for WBK or WBBM. */
	public GateThresholds gates(Predicate predicate) {
		GateThresholds thresholds = this.gates.get(predicate);
		if (thresholds == null) {
			throw new IllegalArgumentException("No gates for " + predicate);
		}
		return thresholds;
	}

	/** A copy of this template with one predicate's thresholds replaced. */
	public LkeTemplate withGates(GateThresholds thresholds) {
		Map<Predicate, GateThresholds> changed = new EnumMap<>(this.gates);
		changed.put(thresholds.predicate(), thresholds);
		return new LkeTemplate(this.name, this.components, changed.values());
	}

	int indexOf(String code) {
		Integer index = this.indexByCode.get(code);
		return (index != null) ? index : -1;
	}

	int subIndicatorOf(int itemIndex) {
		return this.subIndicatorOfItem[itemIndex];
	}

	NumericFormula formula(int itemIndex) {
		return this.formulas[itemIndex];
	}

}
