package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-komponen.
 *
 * @param kind which one
 * @param name the worksheet's name
 * @param areas its six areas for Pemenuhan and Reform; empty for the Hasil sub-components
 * @param subIndicators all its sub-indicators in worksheet order, in an area or not
 */
public record SubComponent(SubComponentKind kind, String name, List<AreaSection> areas,
		List<SubIndicator> subIndicators) {

	public SubComponent {
		areas = List.copyOf(areas);
		subIndicators = List.copyOf(subIndicators);
	}

	/** The sum of its sub-indicators' weights. */
	public BigDecimal weight() {
		return this.subIndicators.stream().map(SubIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
