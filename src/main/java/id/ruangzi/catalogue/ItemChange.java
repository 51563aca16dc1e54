package id.ruangzi.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * New texts and numbers for one item of an editable template version.
 *
 * @param question the criterion
 * @param typicalEvidence typical evidence, separated by semicolons
 * @param subIndicatorWeight the weight of the item's sub-indicator (shared by its items)
 * @param optionLabels the options' texts, in the item's option order
 * @param optionValues the options' values from 0 to 1, in the same order
 */
public record ItemChange(String question, String typicalEvidence, BigDecimal subIndicatorWeight,
		List<String> optionLabels, List<BigDecimal> optionValues) {

}
