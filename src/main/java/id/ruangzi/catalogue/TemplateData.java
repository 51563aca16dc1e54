package id.ruangzi.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One LKE template version as stored, in worksheet order. Immutable, so it can be cached.
 *
 * @param id the template's id
 * @param code the template's code
 * @param name the template's name
 * @param areas the six change areas with their whole weight
 * @param subIndicators the sub-indicators with their items
 * @param gates the gate thresholds of both predicates
 */
public record TemplateData(long id, String code, String name, List<AreaData> areas,
		List<SubIndicatorData> subIndicators, List<GateData> gates) {

	/**
	 * @param code A to F
	 * @param name the area's name
	 * @param weight Pemenuhan and Reform together
	 */
	public record AreaData(String code, String name, BigDecimal weight) {
	}

	/**
	 * @param component PENGUNGKIT or HASIL
	 * @param subComponent PEMENUHAN, REFORM, BERSIH_AKUNTABEL or PELAYANAN_PRIMA
	 * @param areaCode A to F, null for Hasil
	 * @param name the sub-indicator's name
	 * @param weight its weight, shared equally by its items
	 * @param items its items
	 */
	public record SubIndicatorData(String component, String subComponent, String areaCode, String name,
			BigDecimal weight, List<ItemData> items) {
	}

	/**
	 * @param code the item code, e.g. PPA1A
	 * @param question the criterion
	 * @param answerType YA_TIDAK, ABC, ABCD, ABCDE, NUMERIC or SURVEY_INDEX
	 * @param typicalEvidence typical evidence, separated by semicolons
	 * @param options the lettered options, best first
	 * @param inputs the numeric inputs
	 */
	public record ItemData(String code, String question, String answerType, String typicalEvidence,
			List<OptionData> options, List<InputData> inputs) {
	}

	public record OptionData(String letter, String label, BigDecimal value) {
	}

	public record InputData(String key, String label) {
	}

	/**
	 * @param predicate WBK or WBBM
	 * @param gate TOTAL, PENGUNGKIT, AREA_PERCENT, BERSIH_AKUNTABEL, IPAK,
	 * CAPAIAN_KINERJA, IPKP
	 * @param threshold the minimum
	 */
	public record GateData(String predicate, String gate, BigDecimal threshold) {
	}

}
