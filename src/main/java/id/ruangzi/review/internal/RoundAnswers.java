package id.ruangzi.review.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.review.ItemValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers frozen in each round: written once at submission, read per round in one
 * statement.
 */
@Component
public class RoundAnswers {

	private final JdbcClient jdbc;

	RoundAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void freeze(long roundId, Map<String, ItemValue> answers) {
		answers.forEach((itemCode, value) -> this.jdbc
			.sql("insert into review_round_answer (round_id, item_code, option_letter, inputs, survey_index) "
					+ "values (:round, :item, :letter, :inputs, :index)")
			.param("round", roundId)
			.param("item", itemCode)
			.param("letter", value.letter())
			.param("inputs", Values.encode(value.inputs()))
			.param("index", value.index())
			.update());
	}

	/**
	 * @return the frozen answers by round id, then item code
	 */
	public Map<Long, Map<String, ItemValue>> of(Collection<Long> roundIds) {
		Map<Long, Map<String, ItemValue>> result = new HashMap<>();
		roundIds.forEach((id) -> result.put(id, new HashMap<>()));
		if (roundIds.isEmpty()) {
			return result;
		}
		this.jdbc
			.sql("select round_id, item_code, option_letter, inputs, survey_index from review_round_answer "
					+ "where round_id in (:ids)")
			.param("ids", List.copyOf(roundIds))
			.query((rs, row) -> {
				result.get(rs.getLong(1))
					.put(rs.getString(2),
							Values.value(rs.getString(3), rs.getString(4), rs.getObject(5, BigDecimal.class)));
				return null;
			})
			.list();
		return result;
	}

}
