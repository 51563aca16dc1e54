package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.Component;
import id.ruangzi.assessment.scoring.ComponentKind;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoreReport.AreaScore;
import id.ruangzi.assessment.scoring.ScoreReport.ItemScore;
import id.ruangzi.assessment.scoring.ScoreReport.PartScore;
import id.ruangzi.assessment.scoring.ScoreReport.SubIndicatorScore;
import id.ruangzi.assessment.scoring.SubComponent;
import id.ruangzi.assessment.scoring.SubIndicator;

/**
 * What the overview and the self-assessment pages show of a sheet: the sections (areas
 * A-F and Hasil) with their scores, and the sub-indicators of one section. Numbers are
 * rounded as the API rounds them ({@link ScoreReport#cents}), so both show the same.
 */
final class SheetView {

	/** The code of the Hasil section, beside the area letters. */
	static final String HASIL = "HASIL";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SheetView() {
	}

	/**
	 * One section's scores.
	 *
	 * @param code A-F or {@link #HASIL}
	 * @param name the worksheet's name
	 * @param pemenuhan the Pemenuhan part, null for Hasil
	 * @param reform the Reform part, null for Hasil
	 * @param score the section's score
	 * @param weight its weight
	 * @param percent score / weight x 100
	 * @param answered how many of its items are answered
	 * @param total how many items it has
	 */
	record Section(String code, String name, BigDecimal pemenuhan, BigDecimal reform, BigDecimal score,
			BigDecimal weight, BigDecimal percent, long answered, int total) {

		public boolean hasil() {
			return HASIL.equals(this.code);
		}

	}

	/**
	 * A group of a section's sub-indicators: Pemenuhan, Reform or a Hasil sub-component.
	 */
	record Part(String name, List<SubIndicator> subIndicators) {
	}

	static List<Section> sections(AssessmentSheet sheet) {
		List<Section> sections = new ArrayList<>();
		for (Area area : Area.values()) {
			sections.add(section(sheet, area.name()));
		}
		sections.add(section(sheet, HASIL));
		return sections;
	}

	/**
	 * @param sheet the sheet
	 * @param code A-F or {@link #HASIL}, already checked
	 * @return the section's scores
	 */
	static Section section(AssessmentSheet sheet, String code) {
		ScoreReport score = sheet.score();
		List<Item> items = items(sheet, code);
		Map<String, ItemScore> itemScores = itemScores(score);
		long answered = items.stream().filter((item) -> itemScores.get(item.code()).answered()).count();
		if (HASIL.equals(code)) {
			PartScore<ComponentKind> hasil = score.component(ComponentKind.HASIL);
			BigDecimal percent = (hasil.weight().signum() == 0) ? BigDecimal.ZERO
					: hasil.score().multiply(HUNDRED).divide(hasil.weight(), 20, RoundingMode.HALF_UP);
			return new Section(code, hasil.name(), null, null, cents(hasil.score()), cents(hasil.weight()),
					cents(percent), answered, items.size());
		}
		AreaScore area = score.area(Area.valueOf(code));
		return new Section(code, area.name(), cents(area.pemenuhan()), cents(area.reform()), cents(area.score()),
				cents(area.weight()), cents(area.percent()), answered, items.size());
	}

	/** The section's sub-indicators: for an area its Pemenuhan then its Reform part. */
	static List<Part> parts(AssessmentSheet sheet, String code) {
		Component component = component(sheet, code);
		List<Part> parts = new ArrayList<>();
		for (SubComponent subComponent : component.subComponents()) {
			List<SubIndicator> subIndicators = HASIL.equals(code) ? subComponent.subIndicators()
					: subComponent.areas()
						.stream()
						.filter((section) -> section.area().name().equals(code))
						.flatMap((section) -> section.subIndicators().stream())
						.toList();
			if (!subIndicators.isEmpty()) {
				parts.add(new Part(subComponent.name(), subIndicators));
			}
		}
		return parts;
	}

	static List<Item> items(AssessmentSheet sheet, String code) {
		return parts(sheet, code).stream()
			.flatMap((part) -> part.subIndicators().stream())
			.flatMap((subIndicator) -> subIndicator.items().stream())
			.toList();
	}

	/** The section code of an item: its area letter, or {@link #HASIL}. */
	static String sectionOf(Item item) {
		return (item.area() != null) ? item.area().name() : HASIL;
	}

	/** The sub-indicator an item belongs to. */
	static SubIndicator subIndicatorOf(AssessmentSheet sheet, Item item) {
		return sheet.template()
			.subIndicators()
			.stream()
			.filter((subIndicator) -> subIndicator.items().contains(item))
			.findFirst()
			.orElseThrow();
	}

	/** A sub-indicator's score and weight, rounded for display. */
	record SubScore(BigDecimal score, BigDecimal weight) {
	}

	static Map<String, SubScore> subIndicatorScores(ScoreReport score) {
		return score.subIndicators()
			.stream()
			.collect(Collectors.toMap(SubIndicatorScore::code,
					(sub) -> new SubScore(cents(sub.score()), cents(sub.weight())), (a, b) -> a));
	}

	static Map<String, ItemScore> itemScores(ScoreReport score) {
		return score.items().stream().collect(Collectors.toMap(ItemScore::code, Function.identity()));
	}

	static boolean isSection(String code) {
		return HASIL.equals(code)
				|| (code != null && code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'F');
	}

	static BigDecimal cents(BigDecimal value) {
		return ScoreReport.cents(value);
	}

	private static Component component(AssessmentSheet sheet, String code) {
		ComponentKind kind = HASIL.equals(code) ? ComponentKind.HASIL : ComponentKind.PENGUNGKIT;
		return sheet.template()
			.components()
			.stream()
			.filter((component) -> component.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

}
