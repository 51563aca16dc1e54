package id.ruangzi.reporting;

import id.ruangzi.assessment.StandingSort;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's column headers: which way each sorted column runs and what a click on a
 * header asks for.
 */
class OverviewFilterTests {

	@Test
	void theRankingRunsFromTheHighestTotalAndReversedFromTheLowest() {
		assertThat(sortedBy(StandingSort.RANK, false).ariaSort("RANK")).isEqualTo("descending");
		assertThat(sortedBy(StandingSort.RANK, true).ariaSort("RANK")).isEqualTo("ascending");
		assertThat(sortedBy(StandingSort.OVERDUE, false).ariaSort("OVERDUE")).isEqualTo("descending");
		assertThat(sortedBy(StandingSort.ACTIVITY, false).ariaSort("ACTIVITY")).isEqualTo("descending");
	}

	@Test
	void namesAndTheWeakestAreaRunFromTheLowest() {
		assertThat(sortedBy(StandingSort.UNIT, false).ariaSort("UNIT")).isEqualTo("ascending");
		assertThat(sortedBy(StandingSort.WEAKEST, false).ariaSort("WEAKEST")).isEqualTo("ascending");
		assertThat(sortedBy(StandingSort.COVERAGE, true).ariaSort("COVERAGE")).isEqualTo("descending");
	}

	@Test
	void onlyTheSortedColumnHasAnAriaSort() {
		assertThat(new OverviewFilter(null, null, null, null, null, null, null, null).ariaSort("UNIT")).isNull();
		assertThat(sortedBy(StandingSort.UNIT, false).ariaSort("RANK")).isNull();
	}

	@Test
	void aClickOnTheSortedColumnReversesItAndOnAnotherStartsInItsOwnDirection() {
		assertThat(sortedBy(StandingSort.UNIT, false).descAfterClick("UNIT")).isTrue();
		assertThat(sortedBy(StandingSort.UNIT, true).descAfterClick("UNIT")).isFalse();
		assertThat(sortedBy(StandingSort.UNIT, true).descAfterClick("TYPE")).isFalse();
	}

	private static OverviewFilter sortedBy(StandingSort sort, boolean desc) {
		return new OverviewFilter(null, 2026, null, null, null, null, sort, desc);
	}

}
