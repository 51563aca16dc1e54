package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the worksheet.
 *
 * @param code such as {@code PPA1A}, {@code PRE2A} or {@code HBA}
 * @param subComponent the sub-komponen the item counts towards
 * @param area the change area, {@code null} for Hasil items (HBA, HBB, HPA)
 * @param text the question
 * @param answerType how it is answered
 * @param options the options, best first, for lettered items; empty otherwise
 * @param inputs the named inputs of NUMERIC and SURVEY_INDEX items; empty otherwise
 * @param evidence typical evidence (data dukung) for the item
 * @param weight the sub-indicator's weight divided by its number of items, exact to 20
 * decimals (the worksheet's rounded per-question column is not used)
 */
public record Item(String code, SubComponentKind subComponent, Area area, String text, AnswerType answerType,
		List<Option> options, List<InputField> inputs, List<String> evidence, BigDecimal weight) {

	public Item {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(subComponent, "subComponent");
		Objects.requireNonNull(answerType, "answerType");
		Objects.requireNonNull(weight, "weight");
		options = List.copyOf(options);
		inputs = List.copyOf(inputs);
		evidence = List.copyOf(evidence);
		if (answerType.isLettered() == options.isEmpty()) {
			throw new IllegalArgumentException(
					"Item " + code + " of type " + answerType + " has " + options.size() + " options");
		}
	}

	/** The option with this letter, if the item has one. */
	public Optional<Option> option(String letter) {
		for (Option option : this.options) {
			if (option.letter().equals(letter)) {
				return Optional.of(option);
			}
		}
		return Optional.empty();
	}

	/** The option with the highest value. */
	public Optional<Option> bestOption() {
		Option best = null;
		for (Option option : this.options) {
			if (best == null || option.value().compareTo(best.value()) > 0) {
				best = option;
			}
		}
		return Optional.ofNullable(best);
	}

}
