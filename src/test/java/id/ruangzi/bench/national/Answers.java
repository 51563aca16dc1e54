package id.ruangzi.bench.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.InputField;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.Worksheet;

/**
 * A programme's answers, a pure function of its unit's index, so that the answer,
 * snapshot and review passes agree without holding a million answers in memory. Every
 * answer fits its item: a letter among the item's options (better ones likelier), every
 * NUMERIC input (numerators not above denominators) or a survey index in [2.50, 4.00].
 */
final class Answers {

	private final LkeTemplate template;

	Answers(LkeTemplate template) {
		this.template = template;
	}

	/** The answered items in the order they were answered. */
	List<Answered> of(int unitIndex) {
		Random random = new Random(1_000_003L * unitIndex + 17);
		List<Item> items = new ArrayList<>(this.template.items());
		Collections.shuffle(items, random);
		int count = NationalShape.fullyAnswered(unitIndex) ? items.size() : 30 + random.nextInt(71);
		List<Answered> answered = new ArrayList<>(count);
		for (Item item : items.subList(0, count)) {
			answered.add(new Answered(item, answer(item, random)));
		}
		return answered;
	}

	/** The worksheet of the first {@code count} answers. */
	static Worksheet worksheet(List<Answered> answers, int count) {
		Map<String, Answer> values = new LinkedHashMap<>();
		for (Answered one : answers.subList(0, count)) {
			values.put(one.item().code(), one.answer());
		}
		return new Worksheet(values);
	}

	private static Answer answer(Item item, Random random) {
		return switch (item.answerType()) {
			case SURVEY_INDEX -> Answer.index(BigDecimal.valueOf(250 + random.nextInt(151), 2));
			case NUMERIC -> Answer.inputs(inputs(item, random));
			default -> {
				double r = random.nextDouble();
				int index = (int) (r * r * item.options().size());
				yield Answer.option(item.options().get(index).letter());
			}
		};
	}

	private static Map<String, BigDecimal> inputs(Item item, Random random) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		int denominator = 0;
		for (InputField input : item.inputs()) {
			if (isDenominator(item.code(), input.key())) {
				int value = 1 + random.nextInt(12);
				denominator += value;
				values.put(input.key(), BigDecimal.valueOf(value));
			}
		}
		for (InputField input : item.inputs()) {
			if (!values.containsKey(input.key())) {
				values.put(input.key(), BigDecimal.valueOf(denominator / 2 + random.nextInt(denominator / 2 + 2)));
			}
		}
		// Keep the item's input order, as a form would send them; no numerator above the
		// denominators.
		BigDecimal ceiling = BigDecimal.valueOf(Math.max(denominator, 1));
		Map<String, BigDecimal> ordered = new LinkedHashMap<>();
		item.inputs().forEach((input) -> ordered.put(input.key(), values.get(input.key()).min(ceiling)));
		return ordered;
	}

	private static boolean isDenominator(String item, String key) {
		return switch (key) {
			case "agen", "sasaran", "harus", "terdaftar", "tahun_lalu" -> true;
			case "perubahan" -> item.equals("PRA1B");
			default -> key.startsWith("wajib");
		};
	}

	/**
	 * One answered item.
	 */
	record Answered(Item item, Answer answer) {

		String letter() {
			return (this.answer instanceof Answer.Choice choice) ? choice.letter() : null;
		}

		/** Stored as the answer table does: {@code key=value;key=value}. */
		String inputs() {
			return (this.answer instanceof Answer.Inputs inputs) ? inputs.values()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue().stripTrailingZeros().toPlainString())
				.collect(Collectors.joining(";")) : null;
		}

		BigDecimal index() {
			return (this.answer instanceof Answer.Index index) ? index.value() : null;
		}

	}

}
