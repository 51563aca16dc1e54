package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores an LKE worksheet exactly as the official PermenPANRB 90/2021 workbook does, and
 * checks the WBK and WBBM gates.
 * <ul>
 * <li>Item value v in [0, 1]: the chosen option's value from the template (YA_TIDAK 1/0,
 * ABC 1/0.5/0, ABCD 1/0.67/0.33/0, ABCDE 1/0.75/0.5/0.25/0); SURVEY_INDEX index / 4;
 * NUMERIC by the item's formula, clamped to [0, 1]. Item score = v x item weight; an
 * unanswered item scores 0 but its weight still counts.</li>
 * <li>Every higher level is a sum; an area is its Pemenuhan plus its Reform part, and its
 * percent is score / weight x 100.</li>
 * <li>All arithmetic is BigDecimal; gates compare values rounded HALF_UP to 2
 * decimals.</li>
 * </ul>
 * Invalid answers are refused as a whole ({@link InvalidAnswersException}); nothing is
 * scored from them.
 * <p>
 * Performance: the template precomputes the flat item order, weights and formulas, so a
 * score is one pass over 113 items plus a pass over 45 sub-indicators, a few hundred
 * BigDecimal operations and no parsing, regex or reflection: a few microseconds, well
 * under a millisecond. This is deliberately not asserted with a timed test (timings on a
 * shared CI machine are noise); measure with JMH if it ever matters. Thread-safe and
 * stateless apart from the immutable template, so one instance can be shared.
 */
public final class ScoringEngine {

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	private final LkeTemplate template;

	public ScoringEngine(LkeTemplate template) {
		this.template = template;
	}

	public LkeTemplate template() {
		return this.template;
	}

	/**
	 * Every problem of the worksheet's answers, in worksheet order; empty when it can be
	 * scored.
	 */
	public List<AnswerError> validate(Worksheet worksheet) {
		return AnswerValidator.validate(this.template, worksheet);
	}

	/**
	 * Scores a worksheet.
	 * @param worksheet the answers
	 * @param held the predicate the unit holds now (WBBM requires WBK)
	 * @return scores at every level and the gates of WBK and WBBM
	 * @throws InvalidAnswersException when any answer is invalid
	 */
	public ScoreReport score(Worksheet worksheet, Predicate held) {
		List<AnswerError> errors = validate(worksheet);
		if (!errors.isEmpty()) {
			throw new InvalidAnswersException(errors);
		}
		List<Item> items = this.template.items();
		List<SubIndicator> subIndicators = this.template.subIndicators();
		List<ScoreReport.ItemScore> itemScores = new ArrayList<>(items.size());
		// Sub-indicators add up their items' values and divide once, so three items worth
		// 1
		// in a sub-indicator of weight 1 give exactly 1, not 0.99999999999999999999.
		BigDecimal[] subTotals = zeros(subIndicators.size());
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			Answer answer = worksheet.answer(item.code());
			BigDecimal value = (answer != null) ? value(i, item, answer) : BigDecimal.ZERO;
			int owner = this.template.subIndicatorOf(i);
			itemScores.add(new ScoreReport.ItemScore(item.code(), answer != null, value, item.weight(),
					share(value, subIndicators.get(owner))));
			subTotals[owner] = subTotals[owner].add(value);
		}
		for (int s = 0; s < subTotals.length; s++) {
			subTotals[s] = share(subTotals[s], subIndicators.get(s));
		}
		List<ScoreReport.SubIndicatorScore> subScores = new ArrayList<>(subIndicators.size());
		BigDecimal[] pemenuhan = zeros(Area.values().length);
		BigDecimal[] reform = zeros(Area.values().length);
		BigDecimal[] parts = zeros(SubComponentKind.values().length);
		for (int s = 0; s < subIndicators.size(); s++) {
			SubIndicator subIndicator = subIndicators.get(s);
			subScores.add(new ScoreReport.SubIndicatorScore(subIndicator.code(), subIndicator.name(),
					subIndicator.weight(), subTotals[s]));
			Item first = subIndicator.items().get(0);
			parts[first.subComponent().ordinal()] = parts[first.subComponent().ordinal()].add(subTotals[s]);
			if (first.area() != null) {
				BigDecimal[] half = (first.subComponent() == SubComponentKind.PEMENUHAN) ? pemenuhan : reform;
				half[first.area().ordinal()] = half[first.area().ordinal()].add(subTotals[s]);
			}
		}
		return report(itemScores, subScores, areas(pemenuhan, reform), parts, held);
	}

	private ScoreReport report(List<ScoreReport.ItemScore> itemScores, List<ScoreReport.SubIndicatorScore> subScores,
			List<ScoreReport.AreaScore> areas, BigDecimal[] parts, Predicate held) {
		List<ScoreReport.PartScore<SubComponentKind>> subComponents = new ArrayList<>(parts.length);
		List<ScoreReport.PartScore<ComponentKind>> components = new ArrayList<>(2);
		BigDecimal total = BigDecimal.ZERO;
		for (Component component : this.template.components()) {
			BigDecimal componentScore = BigDecimal.ZERO;
			for (SubComponent subComponent : component.subComponents()) {
				BigDecimal score = parts[subComponent.kind().ordinal()];
				subComponents.add(new ScoreReport.PartScore<>(subComponent.kind(), subComponent.name(),
						this.template.subComponentWeight(subComponent.kind()), score));
				componentScore = componentScore.add(score);
			}
			components.add(new ScoreReport.PartScore<>(component.kind(), component.name(),
					this.template.componentWeight(component.kind()), componentScore));
			total = total.add(componentScore);
		}
		GateEvaluator.Facts facts = new GateEvaluator.Facts(total,
				parts[SubComponentKind.PEMENUHAN.ordinal()].add(parts[SubComponentKind.REFORM.ordinal()]),
				parts[SubComponentKind.BERSIH_AKUNTABEL.ordinal()], itemScore(itemScores, LkeTemplate.IPAK_ITEM),
				itemScore(itemScores, LkeTemplate.CAPAIAN_KINERJA_ITEM), itemScore(itemScores, LkeTemplate.IPKP_ITEM));
		List<PredicateReadiness> readiness = List.of(
				GateEvaluator.evaluate(this.template.gates(Predicate.WBK), facts, areas, held),
				GateEvaluator.evaluate(this.template.gates(Predicate.WBBM), facts, areas, held));
		return new ScoreReport(itemScores, subScores, areas, subComponents, components, total, readiness);
	}

	private List<ScoreReport.AreaScore> areas(BigDecimal[] pemenuhan, BigDecimal[] reform) {
		List<ScoreReport.AreaScore> areas = new ArrayList<>(Area.values().length);
		for (Area area : Area.values()) {
			BigDecimal weight = this.template.areaWeight(area);
			if (weight.signum() > 0) {
				BigDecimal score = pemenuhan[area.ordinal()].add(reform[area.ordinal()]);
				BigDecimal percent = Scores.divide(score.multiply(Scores.HUNDRED), weight);
				areas.add(new ScoreReport.AreaScore(area, this.template.areaName(area), pemenuhan[area.ordinal()],
						reform[area.ordinal()], score, weight, percent));
			}
		}
		return areas;
	}

	private BigDecimal itemScore(List<ScoreReport.ItemScore> itemScores, String code) {
		return itemScores.get(this.template.indexOf(code)).score();
	}

	private BigDecimal value(int index, Item item, Answer answer) {
		if (answer instanceof Answer.Choice choice) {
			return item.option(choice.letter()).orElseThrow().value();
		}
		if (answer instanceof Answer.Index surveyIndex) {
			// index / 4 always terminates, so multiplying by 0.25 is exact.
			return surveyIndex.value().multiply(QUARTER);
		}
		return this.template.formula(index).value(((Answer.Inputs) answer).values());
	}

	/** values x the sub-indicator's weight / its number of items. */
	private static BigDecimal share(BigDecimal values, SubIndicator subIndicator) {
		return Scores.divide(values.multiply(subIndicator.weight()), BigDecimal.valueOf(subIndicator.items().size()));
	}

	private static BigDecimal[] zeros(int length) {
		BigDecimal[] zeros = new BigDecimal[length];
		Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

}
