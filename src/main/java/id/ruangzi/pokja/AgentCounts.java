package id.ruangzi.pokja;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts behind the suggested inputs of LKE items PRA1A and PRA1B.
 *
 * @param agents people with an active appointment in the programme
 * @param changes changes dated within the programme's year
 * @param integrated of those, the ones integrated into the management system
 */
public record AgentCounts(long agents, long changes, long integrated) {

	/** The item codes that take suggested values. */
	public static final String PRA1A = "PRA1A";

	/** The item codes that take suggested values. */
	public static final String PRA1B = "PRA1B";

	/**
	 * @param itemCode PRA1A or PRA1B
	 * @return the suggested inputs of that item, by input key in the LKE's order, or null
	 * for any other item
	 */
	public Map<String, BigDecimal> inputsFor(String itemCode) {
		Map<String, BigDecimal> inputs = new LinkedHashMap<>();
		if (PRA1A.equals(itemCode)) {
			inputs.put("agen", BigDecimal.valueOf(this.agents));
			inputs.put("perubahan", BigDecimal.valueOf(this.changes));
			return inputs;
		}
		if (PRA1B.equals(itemCode)) {
			inputs.put("perubahan", BigDecimal.valueOf(this.changes));
			inputs.put("terintegrasi", BigDecimal.valueOf(this.integrated));
			return inputs;
		}
		return null;
	}

}
