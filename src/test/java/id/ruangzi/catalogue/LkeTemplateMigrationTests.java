package id.ruangzi.catalogue;

import java.math.BigDecimal;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2021 LKE is loaded as data, complete: 113 items, weights adding up to 100, and
 * gates.
 */
@IntegrationTest
class LkeTemplateMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLkeOf2021HasAllItemsWithTheirWeights() {
		assertThat(count("select count(*) from lke_item")).isEqualTo(113);
		assertThat(decimal("select sum(weight) from lke_sub_indicator")).isEqualByComparingTo("100");
		assertThat(decimal("select sum(weight) from lke_sub_indicator where component = 'PENGUNGKIT'"))
			.isEqualByComparingTo("60");
		assertThat(decimal("select sum(weight) from lke_sub_indicator where sub_component = 'REFORM'"))
			.isEqualByComparingTo("30");
		assertThat(decimal("select sum(weight) from lke_area")).isEqualByComparingTo("60");
	}

	@Test
	void everyAreaWeighsWhatItsSubIndicatorsWeigh() {
		assertThat(count("select count(*) from lke_area a where a.weight <> (select sum(s.weight) "
				+ "from lke_sub_indicator s where s.template_id = a.template_id and s.area_code = a.code)"))
			.isZero();
	}

	@Test
	void letteredItemsHaveTheirOptionsAndNumericItemsTheirInputs() {
		assertThat(count("select count(*) from lke_item i where i.answer_type in ('YA_TIDAK', 'ABC', 'ABCD', "
				+ "'ABCDE') and (select count(*) from lke_option o where o.item_id = i.id) <> "
				+ "length(i.answer_type) - case when i.answer_type = 'YA_TIDAK' then 6 else 0 end"))
			.isZero();
		assertThat(this.jdbc
			.sql("select string_agg(n.input_key, ',' order by n.position) from lke_item_input n "
					+ "join lke_item i on i.id = n.item_id where i.code = 'PRA1A'")
			.query(String.class)
			.single()).isEqualTo("agen,perubahan");
		assertThat(decimal("select o.value from lke_option o join lke_item i on i.id = o.item_id "
				+ "where i.code = 'HBB' and o.letter = 'B'"))
			.isEqualByComparingTo("0.75");
	}

	@Test
	void gatesOfBothPredicatesAreData() {
		assertThat(decimal("select threshold from lke_gate where predicate = 'WBK' and gate = 'IPKP'"))
			.isEqualByComparingTo("14.00");
		assertThat(decimal("select threshold from lke_gate where predicate = 'WBBM' and gate = 'TOTAL'"))
			.isEqualByComparingTo("85.00");
		assertThat(count("select count(*) from lke_gate")).isEqualTo(14);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private BigDecimal decimal(String sql) {
		return this.jdbc.sql(sql).query(BigDecimal.class).single();
	}

}
