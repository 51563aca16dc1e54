package id.ruangzi.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two 2026 programmes, answered through the same service and permissions as the pages, by
 * the unit heads themselves: MTsN 2 Bandar Lampung about 60% answered, MAN 2 Tanah Datar
 * fully answered and close to the WBK gates.
 */
@Component
@Conditional(DemoProgrammesCondition.class)
@Order(1)
class DemoProgrammes implements ApplicationRunner {

	static final int YEAR = 2026;

	private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);

	private static final Map<String, Map<String, Integer>> NUMERIC = Map.of("PRA1A", Map.of("agen", 5, "perubahan", 4),
			"PRA1B", Map.of("perubahan", 4, "terintegrasi", 3), "PRC3A", Map.of("tahun_lalu", 6, "tahun_ini", 2),
			"PRD1A", Map.of("sasaran", 10, "tercapai", 8), "PRE2A", Map.of("harus", 12, "selesai", 11), "PRE3A",
			Map.of("wajib_kepala", 1, "wajib_pejabat", 3, "wajib_lainnya", 2, "sudah", 6), "PRE3B",
			Map.of("wajib_eselon3", 0, "wajib_eselon4", 4, "wajib_fungsional", 40, "sudah", 41), "PRF1B",
			Map.of("terdaftar", 8, "dipermudah", 6));

	private final AssessmentApi assessment;

	private final AnswerService answers;

	private final UserDetailsService users;

	DemoProgrammes(AssessmentApi assessment, AnswerService answers, UserDetailsService users) {
		this.assessment = assessment;
		this.answers = answers;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Item> items = LkeCsv.readPermenPanRb90().items();
		// Three items in five, spread over every area and Hasil.
		List<Item> threeInFive = items.stream().filter((item) -> items.indexOf(item) % 5 < 3).toList();
		programme("kepala", DemoData.DemoUnits.MTSN_2_BANDAR_LAMPUNG, threeInFive, new int[] { 0, 0, 1 }, "3.40",
				"3.30");
		programme("kepala.man2", DemoData.DemoUnits.MAN_2_TANAH_DATAR, items, new int[] { 0, 0, 1, 2 }, "3.55", "3.45");
	}

	// Lettered items cycle through the pattern of options (0 the best, 1 the next, ...).
	private void programme(String username, String unitCode, List<Item> answered, int[] pattern, String ipak,
			String ipkp) {
		CurrentUser head = (CurrentUser) this.users.loadUserByUsername(username);
		if (!this.assessment.programmes(head, unitCode, YEAR).isEmpty()) {
			return;
		}
		ProgrammeView programme = this.assessment.open(head, unitCode, YEAR, Predicate.WBK, null);
		int lettered = 0;
		for (Item item : answered) {
			Answer answer = switch (item.answerType()) {
				case NUMERIC -> Answer.inputs(decimals(NUMERIC.get(item.code())));
				case SURVEY_INDEX -> Answer.index(item.code().equals("HBA") ? ipak : ipkp);
				default -> Answer.option(item.options()
					.get(Math.min(pattern[lettered++ % pattern.length], item.options().size() - 1))
					.letter());
			};
			this.answers.answer(head, programme.id(), item.code(), answer);
		}
		log.info("Demo programme {} {} for {}: {} of 113 items answered", YEAR, Predicate.WBK, unitCode,
				answered.size());
	}

	private static Map<String, BigDecimal> decimals(Map<String, Integer> values) {
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		values.forEach((key, value) -> result.put(key, BigDecimal.valueOf(value)));
		return result;
	}

}
