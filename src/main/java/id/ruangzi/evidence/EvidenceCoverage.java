package id.ruangzi.evidence;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
	 * @param programmeIds the programmes
	 * @return programme id to the codes of its items with at least one evidence record;
	 * programmes without any are absent
	 */
	public Map<Long, Set<String>> itemsWithEvidence(Collection<Long> programmeIds) {
		Map<Long, Set<String>> result = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select distinct e.programme_id, i.item_code
				from evidence e join evidence_item i on i.evidence_id = e.id
				where e.programme_id in (:programmes)
				""").param("programmes", programmeIds).query((rs) -> {
			result.computeIfAbsent(rs.getLong(1), (id) -> new HashSet<>()).add(rs.getString(2));
		});
		return result;
	}

}
