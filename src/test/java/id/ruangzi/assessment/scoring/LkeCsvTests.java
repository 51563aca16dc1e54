package id.ruangzi.assessment.scoring;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.ruangzi.assessment.scoring.LkeFixtures.TEMPLATE;
import static id.ruangzi.assessment.scoring.LkeFixtures.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LkeCsvTests {

	private static final String HEADER = "code,komponen,sub_komponen,area,area_weight,sub_indicator,sub_indicator_weight,"
			+ "question,per_question_weight,answer_type,option_scores,option_labels_or_inputs,evidence_examples\n";

	@Test
	void readsAll113ItemsInWorksheetOrder() {
		assertThat(TEMPLATE.items()).hasSize(113);
		assertThat(TEMPLATE.items().get(0).code()).isEqualTo("PPA1A");
		assertThat(TEMPLATE.items().get(112).code()).isEqualTo("HPA");
		assertThat(TEMPLATE.subIndicators()).hasSize(45);
	}

	@Test
	void itemWeightsAddUpToExactly100() {
		BigDecimal sum = TEMPLATE.items().stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(Scores.cents(sum)).isEqualByComparingTo("100.00");
		assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThan(decimal("1e-17"));
	}

	@Test
	void itemWeightIsTheSubIndicatorWeightSharedExactlyNotTheRoundedColumn() {
		assertThat(TEMPLATE.item("PPA2A").orElseThrow().weight()).isEqualTo(decimal("0.33333333333333333333"));
		assertThat(TEMPLATE.item("PPC1A").orElseThrow().weight()).isEqualTo(decimal("0.08333333333333333333"));
		assertThat(TEMPLATE.item("PPE5A").orElseThrow().weight()).isEqualByComparingTo("0.3");
		assertThat(TEMPLATE.item("HBA").orElseThrow().weight()).isEqualByComparingTo("17.5");
	}

	@ParameterizedTest(name = "area {0} weighs {1}")
	@CsvSource({ "A, 8, Manajemen Perubahan", "B, 7, Penataan Tatalaksana",
			"C, 10, Penataan Sistem Manajemen SDM Aparatur", "D, 10, Penguatan Akuntabilitas",
			"E, 15, Penguatan Pengawasan", "F, 10, Peningkatan Kualitas Pelayanan Publik" })
	void areaWeighsItsPemenuhanAndReformHalvesTogether(Area area, BigDecimal weight, String name) {
		assertThat(TEMPLATE.areaWeight(area)).isEqualByComparingTo(weight);
		assertThat(TEMPLATE.areaName(area)).isEqualTo(name);
	}

	@ParameterizedTest(name = "{0} weighs {1} over {2} items")
	@CsvSource({ "PEMENUHAN, 30, 87", "REFORM, 30, 23", "BERSIH_AKUNTABEL, 22.5, 2", "PELAYANAN_PRIMA, 17.5, 1" })
	void subComponentWeighsAsTheRegulationSays(SubComponentKind kind, BigDecimal weight, int items) {
		assertThat(TEMPLATE.subComponentWeight(kind)).isEqualByComparingTo(weight);
		assertThat(TEMPLATE.items().stream().filter((i) -> i.subComponent() == kind)).hasSize(items);
	}

	@Test
	void pengungkitWeighs60AndHasil40() {
		assertThat(TEMPLATE.componentWeight(ComponentKind.PENGUNGKIT)).isEqualByComparingTo("60");
		assertThat(TEMPLATE.componentWeight(ComponentKind.HASIL)).isEqualByComparingTo("40");
	}

	@ParameterizedTest(name = "{0} is a {1} item with options {2} worth {3}")
	@CsvSource(delimiter = '|',
			value = { "PPA1A | YA_TIDAK | YA,TIDAK | 1.00,0.00", "PPA1B | ABC | A,B,C | 1.00,0.50,0.00",
					"PPA3A | ABCD | A,B,C,D | 1.00,0.67,0.33,0.00",
					"PPB1B | ABCDE | A,B,C,D,E | 1.00,0.75,0.50,0.25,0.00",
					"HBB | ABCDE | A,B,C,D,E | 1.00,0.75,0.50,0.25,0.00" })
	void readsOptionLettersAndValuesFromTheData(String code, AnswerType type, String letters, String values) {
		Item item = TEMPLATE.item(code).orElseThrow();
		assertThat(item.answerType()).isEqualTo(type);
		assertThat(item.options()).extracting(Option::letter).containsExactly(letters.split(","));
		assertThat(item.options()).extracting((o) -> o.value().toPlainString()).containsExactly(values.split(","));
	}

	@Test
	void optionTextsLoseTheirLetterPrefix() {
		Item item = TEMPLATE.item("HBB").orElseThrow();
		assertThat(item.options().get(0).text()).startsWith("Target kinerja utama tercapai lebih dari 100%");
		assertThat(TEMPLATE.item("PPA1A").orElseThrow().options().get(0).text()).startsWith("Ya, jika Tim");
	}

	@Test
	void numericItemsListTheirInputKeys() {
		assertThat(TEMPLATE.item("PRE3A").orElseThrow().inputs()).extracting(InputField::key)
			.containsExactly("wajib_kepala", "wajib_pejabat", "wajib_lainnya", "sudah");
		assertThat(TEMPLATE.item("HPA").orElseThrow().inputs()).extracting(InputField::key).containsExactly("index");
	}

	@Test
	void pengungkitItemsTakeTheirAreaFromTheThirdLetterAndHasilItemsHaveNone() {
		assertThat(TEMPLATE.item("PPC3A").orElseThrow().area()).isEqualTo(Area.C);
		assertThat(TEMPLATE.item("PRF1B").orElseThrow().area()).isEqualTo(Area.F);
		assertThat(TEMPLATE.items().stream().filter((i) -> i.area() == null).map(Item::code)).containsExactly("HBA",
				"HBB", "HPA");
	}

	@Test
	void evidenceExamplesAreSplitIntoAList() {
		assertThat(TEMPLATE.item("PPA1A").orElseThrow().evidence()).hasSize(3)
			.first()
			.isEqualTo("SK Tim Kerja Pembangunan ZI menuju WBK/WBBM");
	}

	@Test
	void gateThresholdsStartAtTheSeededValues() {
		assertThat(TEMPLATE.gates(Predicate.WBK)).isEqualTo(GateThresholds.seededWbk());
		assertThat(TEMPLATE.gates(Predicate.WBBM)).isEqualTo(GateThresholds.seededWbbm());
		assertThat(TEMPLATE.gates(Predicate.WBBM).requiredHeld()).isEqualTo(Predicate.WBK);
	}

	@Test
	void quotedCellsMayHoldCommasAndLineBreaks() {
		String csv = HEADER + row("PPA1A", "\"Unit kerja telah membentuk tim,\nuntuk ZI\"", "4.00", "4.00") + hasil();
		LkeTemplate template = LkeCsv.read(bytes(csv));
		assertThat(template.item("PPA1A").orElseThrow().text()).isEqualTo("Unit kerja telah membentuk tim,\nuntuk ZI");
	}

	@Test
	void refusesAnAreaWhoseSubIndicatorsDoNotAddUpToItsWeight() {
		String csv = HEADER + row("PPA1A", "Tim", "4.00", "0.50") + hasil();
		assertThatIllegalArgumentException().isThrownBy(() -> LkeCsv.read(bytes(csv)))
			.withMessageContaining("area A")
			.withMessageContaining("0.50");
	}

	@Test
	void refusesATemplateWithoutTheHasilItemsTheGatesRead() {
		String csv = HEADER + row("PPA1A", "Tim", "4.00", "4.00");
		assertThatIllegalArgumentException().isThrownBy(() -> LkeCsv.read(bytes(csv))).withMessageContaining("HBA");
	}

	private static String row(String code, String question, String areaWeight, String subIndicatorWeight) {
		return String.join(",", List.of(code, "Pengungkit", "Pemenuhan", "Manajemen Perubahan", areaWeight, "Tim",
				subIndicatorWeight, question, "0.25", "YA_TIDAK", "1.00;0.00", "Ya | Tidak", "SK")) + "\n";
	}

	private static String hasil() {
		return "HBA,Hasil,Bersih,,,IPAK,17.50,IPAK,17.50,SURVEY_INDEX,,index: IPAK,\n"
				+ "HBB,Hasil,Bersih,,,Capaian,5.00,Capaian,5.00,ABCDE,1;0.75;0.5;0.25;0,A | B | C | D | E,\n"
				+ "HPA,Hasil,Prima,,,IPKP,17.50,IPKP,17.50,SURVEY_INDEX,,index: IPKP,\n";
	}

	private static ByteArrayInputStream bytes(String csv) {
		return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}

}
