package id.ruangzi.organisation;

import java.util.List;

import id.ruangzi.test.IntegrationTest;
import id.ruangzi.test.SqlStatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The units of a scope come from memory while the unit tree is unchanged, and every
 * committed change of a unit shows in the next list. Not in a test transaction: the cache
 * serves read-only transactions, which see committed rows only; the units made here are
 * removed afterwards.
 */
@IntegrationTest
class ScopedUnitCacheTests {

	@Autowired
	OrganisationApi organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@AfterEach
	void remove() {
		this.jdbc.sql("delete from unit where code like 'CACHE-%'").update();
	}

	@Test
	void anUnchangedTreeIsListedWithOneStatementAndEveryCommittedChangeShows() {
		UnitScope all = UnitScope.all();
		List<UnitListing> first = this.organisation.unitsInScope(all, null);
		SqlStatementCounter.reset();
		List<UnitListing> again = this.organisation.unitsInScope(all, null);
		assertThat(SqlStatementCounter.statements()).as("the tree's version, not the units")
			.singleElement()
			.asString()
			.contains("unit_tree_version");
		assertThat(again).isEqualTo(first);

		this.tx.executeWithoutResult((status) -> this.organisation
			.ensureUnit(new NewUnit("KEMENAG", "CACHE-1", "Madrasah Tembolok", UnitType.MADRASAH, "KANKEMENAG-BDL")));
		assertThat(codes(all, null)).contains("CACHE-1").hasSize(first.size() + 1);

		this.jdbc.sql("update unit set name = 'Madrasah Tembolok Baru' where code = 'CACHE-1'").update();
		assertThat(this.organisation.unitsInScope(all, null)).filteredOn((unit) -> unit.code().equals("CACHE-1"))
			.extracting(UnitListing::name)
			.containsExactly("Madrasah Tembolok Baru");

		this.jdbc.sql("delete from unit where code = 'CACHE-1'").update();
		assertThat(codes(all, null)).doesNotContain("CACHE-1").hasSize(first.size());
	}

	@Test
	void eachScopeAndSubtreeIsListedOnItsOwn() {
		UnitSummary bandarLampung = this.organisation.findUnit("KANKEMENAG-BDL").orElseThrow();
		UnitScope supervisor = new UnitScope(false, java.util.Set.of(), java.util.Set.of(bandarLampung.id()));
		List<String> subtree = codes(supervisor, null);
		assertThat(subtree).contains("KANKEMENAG-BDL").doesNotContain("KANKEMENAG-TDT");
		assertThat(codes(UnitScope.all(), bandarLampung)).isEqualTo(subtree);
		assertThat(codes(UnitScope.all(), null)).contains("KANKEMENAG-TDT");
	}

	@Test
	void oneTransactionRaisesTheVersionOnceAndSeesItsOwnUnitsBeforeItCommits() {
		long before = version();
		List<String> inside = this.tx.execute((status) -> {
			for (int i = 1; i <= 3; i++) {
				this.organisation.ensureUnit(
						new NewUnit("KEMENAG", "CACHE-" + i, "Madrasah " + i, UnitType.MADRASAH, "KANKEMENAG-BDL"));
			}
			return codes(UnitScope.all(), null);
		});
		assertThat(inside).contains("CACHE-1", "CACHE-2", "CACHE-3");
		assertThat(version()).isEqualTo(before + 1);
		assertThat(codes(UnitScope.all(), null)).contains("CACHE-1", "CACHE-2", "CACHE-3");
	}

	private List<String> codes(UnitScope scope, UnitSummary under) {
		return this.organisation.unitsInScope(scope, under).stream().map(UnitListing::code).toList();
	}

	private long version() {
		return this.jdbc.sql("select version from unit_tree_version").query(Long.class).single();
	}

}
