package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.PredicateReadiness;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.SubComponentKind;

/**
 * The score of a programme as the API shows it: numbers rounded HALF_UP to 2 decimals, as
 * the worksheet shows them; percents from 0 to 100.
 */
record ScoreJson(BigDecimal total, BigDecimal pengungkit, BigDecimal pemenuhan, BigDecimal reform, BigDecimal hasil,
		List<AreaJson> areas, List<ItemJson> items, Map<String, ReadinessJson> gates) {

	static ScoreJson of(ScoreReport report) {
		List<AreaJson> areas = report.areas()
			.stream()
			.map((area) -> new AreaJson(area.area().name(), area.name(), cents(area.weight()), cents(area.pemenuhan()),
					cents(area.reform()), cents(area.score()), cents(area.percent())))
			.toList();
		List<ItemJson> items = report.items()
			.stream()
			.map((item) -> new ItemJson(item.code(), cents(item.value()), cents(item.score())))
			.toList();
		Map<String, ReadinessJson> gates = new LinkedHashMap<>();
		for (Predicate predicate : List.of(Predicate.WBK, Predicate.WBBM)) {
			PredicateReadiness readiness = report.readiness(predicate);
			gates.put(predicate.name(),
					new ReadinessJson(readiness.ready(), readiness.gates().stream().map(GateJson::of).toList()));
		}
		return new ScoreJson(report.roundedTotal(), cents(report.component(ComponentKind.PENGUNGKIT).score()),
				cents(report.subComponent(SubComponentKind.PEMENUHAN).score()),
				cents(report.subComponent(SubComponentKind.REFORM).score()),
				cents(report.component(ComponentKind.HASIL).score()), areas, items, gates);
	}

	static BigDecimal cents(BigDecimal value) {
		return ScoreReport.cents(value);
	}

	record AreaJson(String code, String name, BigDecimal weight, BigDecimal pemenuhan, BigDecimal reform,
			BigDecimal score, BigDecimal percent) {
	}

	record ItemJson(String code, BigDecimal value, BigDecimal score) {
	}

	record ReadinessJson(boolean passed, List<GateJson> checks) {
	}

	record GateJson(String gate, BigDecimal value, BigDecimal threshold, boolean passed) {

		static GateJson of(GateResult result) {
			return new GateJson(result.gate().name(), cents(result.value()), result.threshold(), result.passed());
		}

	}

}
