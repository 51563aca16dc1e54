package id.ruangzi.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import id.ruangzi.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review status of many programmes in one SQL statement (the supervisor overview).
 * Callers pass only programmes the user may see.
 */
@Service
@Transactional(readOnly = true)
public class ReviewStatuses {

	private final JdbcClient jdbc;

	ReviewStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param programmeIds the programmes: a page of them, or every programme of a scope
	 * when the overview sorts by review status
	 * @return programme id to its status; never-submitted programmes are absent
	 */
	public Map<Long, ReviewStatus> of(Collection<Long> programmeIds) {
		Map<Long, ReviewStatus> result = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select distinct on (programme_id) programme_id, outcome, closed_at
				from review_round where programme_id = any(cast(:programmes as bigint[]))
				order by programme_id, number desc
				""").param("programmes", SqlArrays.bigints(programmeIds)).query((rs) -> {
			String outcome = rs.getString("outcome");
			ReviewStatus status = (rs.getTimestamp("closed_at") == null || outcome == null) ? ReviewStatus.IN_REVIEW
					: ReviewStatus.valueOf(outcome);
			result.put(rs.getLong("programme_id"), status);
		});
		return result;
	}

}
