package id.ruangzi.assessment.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A better answer for one lettered item.
 *
 * @param itemCode the item
 * @param area its area, {@code null} for HBB
 * @param currentLetter the current answer, {@code null} when unanswered (worth 0)
 * @param next the next better option: the one with the smallest value above the current
 * @param best the best option
 * @param pointsToNext score gained by moving to {@code next} (exact)
 * @param pointsToBest score gained by moving to {@code best} (exact)
 */
public record Improvement(String itemCode, Area area, String currentLetter, Option next, Option best,
		BigDecimal pointsToNext, BigDecimal pointsToBest) {

	/** The improvement of an item, or empty when it is at its best already. */
	static Optional<Improvement> of(Item item, String currentLetter) {
		BigDecimal current = (currentLetter != null) ? item.option(currentLetter).orElseThrow().value()
				: BigDecimal.ZERO;
		Option next = null;
		Option best = null;
		for (Option option : item.options()) {
			if (option.value().compareTo(current) > 0) {
				if (next == null || option.value().compareTo(next.value()) < 0) {
					next = option;
				}
				if (best == null || option.value().compareTo(best.value()) > 0) {
					best = option;
				}
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		return Optional.of(new Improvement(item.code(), item.area(), currentLetter, next, best,
				gain(item, current, next), gain(item, current, best)));
	}

	private static BigDecimal gain(Item item, BigDecimal current, Option to) {
		return to.value().subtract(current).multiply(item.weight());
	}

}
