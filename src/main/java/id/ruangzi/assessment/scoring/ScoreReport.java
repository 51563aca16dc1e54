package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scores of one worksheet at every level, exact (to 20 decimals; show them with
 * {@link #cents}), and the gates of WBK and WBBM.
 *
 * @param items per item, in worksheet order
 * @param subIndicators per sub-indicator, in worksheet order
 * @param areas per area A-F, Pemenuhan and Reform together
 * @param subComponents Pemenuhan, Reform, Bersih dan Akuntabel, Pelayanan Prima
 * @param components Pengungkit, Hasil
 * @param total the total score out of 100
 * @param readiness the gates of WBK, then of WBBM
 */
public record ScoreReport(List<ItemScore> items, List<SubIndicatorScore> subIndicators, List<AreaScore> areas,
		List<PartScore<SubComponentKind>> subComponents, List<PartScore<ComponentKind>> components, BigDecimal total,
		List<PredicateReadiness> readiness) {

	public ScoreReport {
		items = List.copyOf(items);
		subIndicators = List.copyOf(subIndicators);
		areas = List.copyOf(areas);
		subComponents = List.copyOf(subComponents);
		components = List.copyOf(components);
		readiness = List.copyOf(readiness);
	}

	/** A score as the worksheet shows it: HALF_UP to 2 decimals. */
	public static BigDecimal cents(BigDecimal exact) {
		return Scores.cents(exact);
	}

	/** The total HALF_UP to 2 decimals. */
	public BigDecimal roundedTotal() {
		return Scores.cents(this.total);
	}

	public ItemScore item(String code) {
		return find(this.items.stream().filter((i) -> i.code().equals(code)).toList(), code);
	}

	public AreaScore area(Area area) {
		return find(this.areas.stream().filter((a) -> a.area() == area).toList(), area);
	}

	public PartScore<SubComponentKind> subComponent(SubComponentKind kind) {
		return find(this.subComponents.stream().filter((p) -> p.kind() == kind).toList(), kind);
	}

	public PartScore<ComponentKind> component(ComponentKind kind) {
		return find(this.components.stream().filter((p) -> p.kind() == kind).toList(), kind);
	}

	/** The gates of WBK or WBBM. */
	public PredicateReadiness readiness(Predicate predicate) {
		return find(this.readiness.stream().filter((r) -> r.predicate() == predicate).toList(), predicate);
	}

	private static <T> T find(List<T> matches, Object key) {
		if (matches.isEmpty()) {
			throw new IllegalArgumentException("Nothing scored for " + key);
		}
		return matches.get(0);
	}

	/**
	 * One item's score.
	 *
	 * @param code the item code
	 * @param answered whether it has an answer (an unanswered item scores 0)
	 * @param value v in [0, 1]
	 * @param weight the item's weight
	 * @param score v x weight
	 */
	public record ItemScore(String code, boolean answered, BigDecimal value, BigDecimal weight, BigDecimal score) {
	}

	/** One sub-indicator's score: the sum of its items'. */
	public record SubIndicatorScore(String code, String name, BigDecimal weight, BigDecimal score) {
	}

	/**
	 * One area's score.
	 *
	 * @param area the area
	 * @param name its name
	 * @param pemenuhan the Pemenuhan part
	 * @param reform the Reform part
	 * @param score pemenuhan + reform
	 * @param weight both halves' weight, such as 8 for area A
	 * @param percent score / weight x 100, exact; the gate compares it rounded to 2
	 * decimals
	 */
	public record AreaScore(Area area, String name, BigDecimal pemenuhan, BigDecimal reform, BigDecimal score,
			BigDecimal weight, BigDecimal percent) {
	}

	/** A sub-component's or component's score. */
	public record PartScore<K extends Enum<K>>(K kind, String name, BigDecimal weight, BigDecimal score) {
	}

}
