package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-indicator: a weighted group of items, weight shared equally among them.
 *
 * @param code the item codes' common prefix, such as {@code PPA1}; for Hasil, the item
 * code
 * @param name the worksheet's name
 * @param weight the weight
 * @param items the items in worksheet order
 */
public record SubIndicator(String code, String name, BigDecimal weight, List<Item> items) {

	public SubIndicator {
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("Sub-indicator " + code + " has no items");
		}
	}

	/**
	 * The weight of each item: the sub-indicator's weight shared equally, exact to the
	 * engine's scale, so that every source of templates derives the same weights.
	 * @param subIndicatorWeight the sub-indicator's weight
	 * @param itemCount how many items it has
	 * @return one item's weight
	 */
	public static BigDecimal itemWeight(BigDecimal subIndicatorWeight, int itemCount) {
		return Scores.divide(subIndicatorWeight, BigDecimal.valueOf(itemCount));
	}

}
