package id.ruangzi.organisation.internal;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving a subtree is one update statement whatever the subtree's size. Rolled back.
 */
@IntegrationTest
@Transactional
class UnitMoveTests {

	@Autowired
	UnitAdministration administration;

	@Autowired
	UnitRepository units;

	@Autowired
	InstansiRepository instansis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneStatementMovesTheUnitAndEverythingBelowIt() {
		Unit kanwil = this.units.findByCode("KANWIL-LPG").orElseThrow();
		Unit target = this.units.findByCode("KANWIL-JATENG").orElseThrow();
		long subtree = count(kanwil.getPath());

		int moved = this.administration.moveSubtree(kanwil, target,
				this.instansis.findById(target.getInstansiId()).orElseThrow());

		assertThat(moved).as("rows updated by the single statement").isEqualTo(subtree).isGreaterThan(5);
		String newPath = target.getPath() + kanwil.getId() + "/";
		assertThat(count(kanwil.getPath())).isZero();
		assertThat(count(newPath)).isEqualTo(subtree);
		assertThat(this.jdbc.sql("select min(depth) from unit where path like :p")
			.param("p", newPath + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select code from unit where parent_id = :id")
			.param("id", target.getId())
			.query(String.class)
			.list()).contains("KANWIL-LPG", "KANKEMENAG-WSB");
	}

	@Test
	void movingToTheTopMakesTheUnitARoot() {
		Unit kankemenag = this.units.findByCode("KANKEMENAG-BDL").orElseThrow();
		long subtree = count(kankemenag.getPath());

		this.administration.moveSubtree(kankemenag, null,
				this.instansis.findById(kankemenag.getInstansiId()).orElseThrow());

		Unit moved = this.units.findByCode("KANKEMENAG-BDL").orElseThrow();
		assertThat(moved.getPath()).isEqualTo("/" + moved.getId() + "/");
		assertThat(moved.getDepth()).isZero();
		assertThat(moved.getParentId()).isNull();
		assertThat(count(moved.getPath())).isEqualTo(subtree);
		assertThat(this.units.findByCode("MTSN2-BDL").orElseThrow().getDepth()).isEqualTo(1);
	}

	private long count(String prefix) {
		return this.jdbc.sql("select count(*) from unit where path like :p")
			.param("p", prefix + "%")
			.query(Long.class)
			.single();
	}

}
