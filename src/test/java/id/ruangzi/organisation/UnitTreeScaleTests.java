package id.ruangzi.organisation;

import java.util.List;
import java.util.Set;

import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subtree queries on a national-size tree: 10,000 units under one Kanwil, rolled back
 * after each test. The materialised path makes "units under X" an index range scan.
 */
@IntegrationTest
@Transactional
class UnitTreeScaleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationApi organisation;

	@BeforeEach
	void tenThousandUnits() {
		this.jdbc.sql("""
				insert into unit (instansi_id, code, name, type, path, depth)
				select i.id, 'SKALA-KANWIL', 'Kanwil Skala', 'KANWIL', '/', 0 from instansi i where i.code = 'KEMENAG';
				update unit set path = '/' || id || '/' where code = 'SKALA-KANWIL';
				insert into unit (instansi_id, parent_id, code, name, type, path, depth)
				select k.instansi_id, k.id, 'SKALA-K' || n, 'Kankemenag Skala ' || n, 'KANKEMENAG', k.path, 1
				from unit k, generate_series(1, 100) n where k.code = 'SKALA-KANWIL';
				update unit set path = path || id || '/' where code like 'SKALA-K%' and depth = 1;
				insert into unit (instansi_id, parent_id, code, name, type, path, depth)
				select k.instansi_id, k.id, k.code || '-M' || n, 'Madrasah Skala ' || k.code || '-' || n, 'MADRASAH',
				       k.path, 2
				from unit k, generate_series(1, 99) n where k.code like 'SKALA-K%' and k.depth = 1;
				update unit set path = path || id || '/' where code like 'SKALA-K%-M%';
				analyze unit;
				""").update();
	}

	@Test
	void theTreeHasTenThousandUnitsInTheSubtree() {
		UnitSummary kanwil = this.organisation.findUnit("SKALA-KANWIL").orElseThrow();
		Page<UnitListing> all = this.organisation.visibleUnits(UnitScope.all(), kanwil, PageRequest.of(0, 50));
		assertThat(all.getTotalElements()).isEqualTo(1 + 100 + 100 * 99);
	}

	@Test
	void aSupervisorOfOneKankemenagSeesExactlyItsSubtree() {
		UnitSummary kankemenag = this.organisation.findUnit("SKALA-K42").orElseThrow();
		UnitScope supervisor = new UnitScope(false, Set.of(), Set.of(kankemenag.id()));
		Page<UnitListing> page = this.organisation.visibleUnits(supervisor, null,
				PageRequest.of(0, 50, Sort.by("path")));
		assertThat(page.getTotalElements()).isEqualTo(100);
		assertThat(page.getContent()).allSatisfy((unit) -> assertThat(unit.code()).startsWith("SKALA-K42"));
		assertThat(page.getContent().get(0).code()).isEqualTo("SKALA-K42");
	}

	@Test
	void aSubtreeIsReadThroughThePathIndex() {
		String path = this.organisation.findUnit("SKALA-K42").orElseThrow().path();
		List<String> plan = this.jdbc.sql("explain select id from unit where path like '" + path + "%'")
			.query(String.class)
			.list();
		assertThat(String.join("\n", plan)).contains("unit_path_ix").doesNotContain("Seq Scan");
	}

}
