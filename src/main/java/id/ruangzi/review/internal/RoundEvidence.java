package id.ruangzi.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.evidence.CurrentRevision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence revisions frozen in each round: written once at submission in one
 * statement, read per round in one statement.
 */
@Component
public class RoundEvidence {

	private final JdbcClient jdbc;

	RoundEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void freeze(long roundId, List<CurrentRevision> revisions) {
		if (revisions.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("insert into review_round_evidence (round_id, evidence_id, revision_id) "
					+ "select :round, e, r from unnest(:evidence, :revisions) as t(e, r)")
			.param("round", roundId)
			.param("evidence", revisions.stream().map(CurrentRevision::evidenceId).toArray(Long[]::new))
			.param("revisions", revisions.stream().map(CurrentRevision::revisionId).toArray(Long[]::new))
			.update();
	}

	/**
	 * @param roundIds rounds
	 * @return the frozen revision ids by round id, then evidence id
	 */
	public Map<Long, Map<Long, Long>> of(Collection<Long> roundIds) {
		Map<Long, Map<Long, Long>> result = new HashMap<>();
		roundIds.forEach((id) -> result.put(id, new HashMap<>()));
		if (roundIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("select round_id, evidence_id, revision_id from review_round_evidence where round_id in (:ids)")
			.param("ids", List.copyOf(roundIds))
			.query((rs, row) -> result.get(rs.getLong(1)).put(rs.getLong(2), rs.getLong(3)))
			.list();
		return result;
	}

}
