package id.ruangzi.bench;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.GapExplainer;
import id.ruangzi.assessment.scoring.GapReport;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.ScoringEngine;
import id.ruangzi.assessment.scoring.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a full 113-item worksheet, and explaining its gaps, as the save-an-answer path
 * does. Run with {@code ./mvnw -Pbench test-compile exec:exec}; results in
 * bench/results.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

	private ScoringEngine engine;

	private Worksheet worksheet;

	@Setup
	public void fullWorksheet() {
		this.engine = new ScoringEngine(LkeCsv.readPermenPanRb90());
		Map<String, Answer> answers = new HashMap<>();
		int n = 0;
		for (Item item : this.engine.template().items()) {
			answers.put(item.code(), switch (item.answerType()) {
				case SURVEY_INDEX -> Answer.index(new BigDecimal("3.40"));
				case NUMERIC -> Answer.inputs(inputs(item));
				default -> Answer.option(item.options().get(n++ % item.options().size()).letter());
			});
		}
		this.worksheet = new Worksheet(answers);
	}

	@Benchmark
	public ScoreReport scoreAFullWorksheet() {
		return this.engine.score(this.worksheet, Predicate.NONE);
	}

	@Benchmark
	public GapReport explainTheGapsOfAFullWorksheet() {
		return new GapExplainer(this.engine).explain(this.worksheet, Predicate.NONE, Predicate.WBK);
	}

	private static Map<String, BigDecimal> inputs(Item item) {
		Map<String, BigDecimal> inputs = new HashMap<>();
		item.inputs()
			.forEach((input) -> inputs.put(input.key(), BigDecimal.valueOf(input.key().equals("sudah") ? 2 : 3)));
		return inputs;
	}

}
