package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One area within Pemenuhan or within Reform (each area appears in both, with the same
 * weight in both halves).
 *
 * @param area the area letter
 * @param name such as "Manajemen Perubahan"
 * @param weight the weight of this half, such as 4.00 of Manajemen Perubahan's 8
 * @param subIndicators the sub-indicators in worksheet order
 */
public record AreaSection(Area area, String name, BigDecimal weight, List<SubIndicator> subIndicators) {

	public AreaSection {
		subIndicators = List.copyOf(subIndicators);
	}

}
