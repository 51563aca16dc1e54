package id.ruangzi.evidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import id.ruangzi.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which LKE items have evidence, for many programmes in one SQL statement (the supervisor
 * overview computes coverage = answered items with evidence / answered items). Callers
 * pass only programmes the user may see.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceCoverage {

	private final JdbcClient jdbc;

	EvidenceCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param programmeIds the programmes: a page of them, or every programme of a scope
	 * when the overview sorts by evidence coverage
	 * @return programme id to the codes of its items with at least one evidence record;
	 * programmes without any are absent
	 */
	public Map<Long, Set<String>> itemsWithEvidence(Collection<Long> programmeIds) {
		Map<Long, Set<String>> result = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return result;
		}
		// One row per programme, not one per item: a national scope can have up to 113
		// evidenced items for each of its thousands of programmes.
		this.jdbc.sql("""
				select e.programme_id, array_agg(distinct i.item_code) as items
				from evidence e join evidence_item i on i.evidence_id = e.id
				where e.programme_id = any(cast(:programmes as bigint[]))
				group by e.programme_id
				""").param("programmes", SqlArrays.bigints(programmeIds)).query((rs) -> {
			result.put(rs.getLong("programme_id"), Set.of((String[]) rs.getArray("items").getArray()));
		});
		return result;
	}

}
