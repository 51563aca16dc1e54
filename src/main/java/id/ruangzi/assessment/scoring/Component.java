package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A komponen: Pengungkit or Hasil.
 *
 * @param kind which one
 * @param name the worksheet's name
 * @param subComponents its sub-komponen in worksheet order
 */
public record Component(ComponentKind kind, String name, List<SubComponent> subComponents) {

	public Component {
		subComponents = List.copyOf(subComponents);
	}

	/** The sum of its sub-components' weights. */
	public BigDecimal weight() {
		return this.subComponents.stream().map(SubComponent::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
