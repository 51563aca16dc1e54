package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bundled template, loaded once, and worksheets built from it. */
final class LkeFixtures {

	static final LkeTemplate TEMPLATE = LkeCsv.readPermenPanRb90();

	static final ScoringEngine ENGINE = new ScoringEngine(TEMPLATE);

	private LkeFixtures() {
	}

	/** Every lettered item at its best option, every NUMERIC item at v = 1. */
	static Worksheet allBest(String ipak, String ipkp) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Item item : TEMPLATE.items()) {
			if (item.answerType().isLettered()) {
				answers.put(item.code(), Answer.option(item.bestOption().orElseThrow().letter()));
			}
			else if (item.answerType() == AnswerType.NUMERIC) {
				answers.put(item.code(), perfectInputs(item.code()));
			}
		}
		answers.put("HBA", Answer.index(ipak));
		answers.put("HPA", Answer.index(ipkp));
		return new Worksheet(answers);
	}

	/** Inputs that give a NUMERIC item the value 1. */
	static Answer perfectInputs(String code) {
		return switch (code) {
			case "PRA1A" -> inputs("agen", 4, "perubahan", 4);
			case "PRA1B" -> inputs("perubahan", 4, "terintegrasi", 4);
			case "PRC3A" -> inputs("tahun_lalu", 0, "tahun_ini", 0);
			case "PRD1A" -> inputs("sasaran", 5, "tercapai", 5);
			case "PRE2A" -> inputs("harus", 0, "selesai", 0);
			case "PRE3A" -> inputs("wajib_kepala", 1, "wajib_pejabat", 2, "wajib_lainnya", 3, "sudah", 6);
			case "PRE3B" -> inputs("wajib_eselon3", 1, "wajib_eselon4", 2, "wajib_fungsional", 3, "sudah", 6);
			case "PRF1B" -> inputs("terdaftar", 7, "dipermudah", 7);
			default -> throw new IllegalArgumentException(code);
		};
	}

	/**
	 * Inputs from alternating keys and numbers, such as
	 * {@code inputs("agen", 0, "perubahan", 3)}.
	 */
	static Answer inputs(Object... keysAndValues) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], new BigDecimal(keysAndValues[i + 1].toString()));
		}
		return Answer.inputs(values);
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
