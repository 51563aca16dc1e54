package id.ruangzi.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The order clauses of the overview sorts, both ways. */
class StandingSortTests {

	@Test
	void reversingASortFlipsEachKeyAndKeepsNullsLast() {
		assertThat(StandingSort.PENGUNGKIT.sql(true)).isEqualTo("pengungkit asc nulls last, ord desc");
		assertThat(StandingSort.WEAKEST.sql(false)).isEqualTo("weakest asc nulls last, ord");
		assertThat(StandingSort.WEAKEST.sql(true)).isEqualTo("weakest desc nulls last, ord desc");
		assertThat(StandingSort.RANK.sql(true)).isEqualTo("rank desc, ord desc");
		assertThat(StandingSort.UNIT.sql(true)).isEqualTo("ord desc");
	}

}
