package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.ruangzi.assessment.scoring.LkeFixtures.ENGINE;
import static id.ruangzi.assessment.scoring.LkeFixtures.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AnswerValidationTests {

	static Stream<Arguments> invalidAnswers() {
		return Stream.of(arguments("an unknown option letter", "PPA1B", Answer.option("D"), "has no option D"),
				arguments("a letter instead of Ya/Tidak", "PPA1A", Answer.option("A"), "has no option A"),
				arguments("Ya/Tidak on a lettered item", "PPB1B", Answer.option("YA"), "has no option YA"),
				arguments("a number for a lettered item", "PPA1B", Answer.index("3.00"), "expects one of the options"),
				arguments("a negative input", "PRA1A", inputs("agen", -1, "perubahan", 3),
						"input agen is negative (-1)"),
				arguments("a missing input key", "PRD1A", inputs("sasaran", 5), "misses the input key tercapai"),
				arguments("an unknown input key", "PRF1B", inputs("terdaftar", 3, "dipermudah", 1, "ditolak", 1),
						"has no input key ditolak"),
				arguments("an index below 1", "HBA", Answer.index("0.99"), "index 0.99 is outside [1.00, 4.00]"),
				arguments("an index above 4", "HPA", Answer.index("4.01"), "index 4.01 is outside [1.00, 4.00]"),
				arguments("a letter for a survey item", "HPA", Answer.option("A"), "expects a survey index"),
				arguments("an index for a numeric item", "PRE2A", Answer.index("2.00"), "expects the numeric inputs"),
				arguments("an item the template does not have", "PPZ9Z", Answer.option("A"), "is not an item"));
	}

	@ParameterizedTest(name = "refuses {0}")
	@MethodSource("invalidAnswers")
	void refusesInvalidAnswersNamingTheItemAndTheReason(String description, String code, Answer answer, String reason) {
		Worksheet worksheet = LkeFixtures.allBest("4.00", "4.00").with(code, answer);
		assertThat(ENGINE.validate(worksheet)).singleElement().satisfies((error) -> {
			assertThat(error.itemCode()).isEqualTo(code);
			assertThat(error.reason()).contains(reason);
		});
		assertThatExceptionOfType(InvalidAnswersException.class)
			.isThrownBy(() -> ENGINE.score(worksheet, Predicate.NONE))
			.withMessageContaining(code)
			.withMessageContaining(reason);
	}

	@Test
	void aMissingInputValueIsRefused() {
		Map<String, BigDecimal> values = new HashMap<>();
		values.put("agen", null);
		values.put("perubahan", BigDecimal.ONE);
		assertThat(ENGINE.validate(Worksheet.empty().with("PRA1A", Answer.inputs(values)))).containsExactly(
				new AnswerError("PRA1A", "input agen has no value", AnswerError.Kind.INPUT_WITHOUT_VALUE, "agen"));
	}

	@Test
	void reportsEveryProblemOfAWorksheetAtOnce() {
		Worksheet worksheet = Worksheet.empty()
			.with("HPA", Answer.index("0.50"))
			.with("PPA1A", Answer.option("X"))
			.with("PRA1A", inputs("agen", -2));
		assertThat(ENGINE.validate(worksheet)).extracting(AnswerError::itemCode)
			.containsExactly("PPA1A", "PRA1A", "PRA1A", "HPA");
	}

	@Test
	void indexesOfExactlyOneAndFourAreValid() {
		assertThat(ENGINE.validate(Worksheet.empty().with("HBA", Answer.index("1.00")).with("HPA", Answer.index("4"))))
			.isEmpty();
	}

	@Test
	void zeroInputsAreValid() {
		assertThat(ENGINE.validate(Worksheet.empty().with("PRA1A", inputs("agen", 0, "perubahan", 0)))).isEmpty();
	}

}
