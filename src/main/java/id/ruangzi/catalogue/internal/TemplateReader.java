package id.ruangzi.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ruangzi.catalogue.TemplateData;
import id.ruangzi.catalogue.TemplateData.AreaData;
import id.ruangzi.catalogue.TemplateData.GateData;
import id.ruangzi.catalogue.TemplateData.InputData;
import id.ruangzi.catalogue.TemplateData.ItemData;
import id.ruangzi.catalogue.TemplateData.OptionData;
import id.ruangzi.catalogue.TemplateData.SubIndicatorData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a whole template in six queries, whatever its size.
 */
@Repository
public class TemplateReader {

	private final JdbcClient jdbc;

	TemplateReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> currentId() {
		return this.jdbc.sql("select id from lke_template where current").query(Long.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<TemplateData> read(long id) {
		Optional<String[]> header = this.jdbc.sql("select code, name from lke_template where id = :id")
			.param("id", id)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		List<AreaData> areas = this.jdbc
			.sql("select code, name, weight from lke_area where template_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new AreaData(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		Map<Long, List<OptionData>> options = new LinkedHashMap<>();
		this.jdbc
			.sql("select o.item_id, o.letter, o.label, o.value from lke_option o join lke_item i on i.id = o.item_id "
					+ "where i.template_id = :id order by o.item_id, o.position")
			.param("id", id)
			.query((rs) -> {
				options.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
					.add(new OptionData(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
			});
		Map<Long, List<InputData>> inputs = new LinkedHashMap<>();
		this.jdbc
			.sql("select n.item_id, n.input_key, n.label from lke_item_input n join lke_item i on i.id = n.item_id "
					+ "where i.template_id = :id order by n.item_id, n.position")
			.param("id", id)
			.query((rs) -> {
				inputs.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
					.add(new InputData(rs.getString(2), rs.getString(3)));
			});
		Map<Long, List<ItemData>> items = new LinkedHashMap<>();
		this.jdbc
			.sql("select id, sub_indicator_id, code, question, answer_type, typical_evidence from lke_item "
					+ "where template_id = :id order by position")
			.param("id", id)
			.query((rs) -> {
				long itemId = rs.getLong(1);
				items.computeIfAbsent(rs.getLong(2), (key) -> new ArrayList<>())
					.add(new ItemData(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
							options.getOrDefault(itemId, List.of()), inputs.getOrDefault(itemId, List.of())));
			});
		List<SubIndicatorData> subIndicators = this.jdbc
			.sql("select id, component, sub_component, area_code, name, weight from lke_sub_indicator "
					+ "where template_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new SubIndicatorData(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getBigDecimal(6), items.getOrDefault(rs.getLong(1), List.of())))
			.list();
		List<GateData> gates = this.jdbc
			.sql("select predicate, gate, threshold from lke_gate where template_id = :id order by predicate, gate")
			.param("id", id)
			.query((rs, row) -> new GateData(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return Optional.of(new TemplateData(id, header.get()[0], header.get()[1], areas, subIndicators, gates));
	}

}
