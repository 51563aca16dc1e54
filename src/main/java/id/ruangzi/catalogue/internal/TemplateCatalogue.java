package id.ruangzi.catalogue.internal;

import java.math.BigDecimal;
import java.util.List;

import id.ruangzi.catalogue.ItemChange;
import id.ruangzi.catalogue.TemplateData;
import id.ruangzi.catalogue.TemplateSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes to the catalogue: clone a version with everything in it, change a gate, choose
 * the current version. Plain SQL: a clone copies whole tables' rows, which entities would
 * do row by row.
 */
@Repository
public class TemplateCatalogue {

	private final JdbcClient jdbc;

	TemplateCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TemplateSummary> list() {
		return this.jdbc.sql("""
				select t.id, t.code, t.name, t.regulation, s.code, t.current
				from lke_template t left join lke_template s on s.id = t.cloned_from order by t.id
				""")
			.query((rs, row) -> new TemplateSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), 0))
			.list();
	}

	public boolean codeTaken(String code) {
		return this.jdbc.sql("select count(*) from lke_template where code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Copies a version and all its rows under a new code; the copy is not current. */
	public long cloneTemplate(long sourceId, String code, String name) {
		long id = this.jdbc
			.sql("insert into lke_template (code, name, regulation, cloned_from) "
					+ "select :code, :name, regulation, id from lke_template where id = :source returning id")
			.param("code", code)
			.param("name", name)
			.param("source", sourceId)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into lke_area (template_id, code, name, weight, position)
					select :id, code, name, weight, position from lke_area where template_id = :source;
					insert into lke_sub_indicator (template_id, component, sub_component, area_code, name, weight, position)
					select :id, component, sub_component, area_code, name, weight, position
					from lke_sub_indicator where template_id = :source;
					insert into lke_item (template_id, sub_indicator_id, code, question, answer_type, typical_evidence, position)
					select :id, ns.id, i.code, i.question, i.answer_type, i.typical_evidence, i.position
					from lke_item i
					join lke_sub_indicator os on os.id = i.sub_indicator_id
					join lke_sub_indicator ns on ns.template_id = :id and ns.position = os.position
					where i.template_id = :source;
					insert into lke_option (item_id, letter, label, value, position)
					select ni.id, o.letter, o.label, o.value, o.position
					from lke_option o join lke_item oi on oi.id = o.item_id
					join lke_item ni on ni.template_id = :id and ni.code = oi.code
					where oi.template_id = :source;
					insert into lke_item_input (item_id, input_key, label, position)
					select ni.id, n.input_key, n.label, n.position
					from lke_item_input n join lke_item oi on oi.id = n.item_id
					join lke_item ni on ni.template_id = :id and ni.code = oi.code
					where oi.template_id = :source;
					insert into lke_gate (template_id, predicate, gate, threshold)
					select :id, predicate, gate, threshold from lke_gate where template_id = :source;
					""")
			.param("id", id)
			.param("source", sourceId)
			.update();
		return id;
	}

	public int updateGate(long templateId, String predicate, String gate, BigDecimal threshold) {
		return this.jdbc
			.sql("update lke_gate set threshold = :threshold where template_id = :id and predicate = :predicate "
					+ "and gate = :gate")
			.param("threshold", threshold)
			.param("id", templateId)
			.param("predicate", predicate)
			.param("gate", gate)
			.update();
	}

	public void makeCurrent(long templateId) {
		this.jdbc.sql("update lke_template set current = false where current").update();
		this.jdbc.sql("update lke_template set current = true where id = :id").param("id", templateId).update();
	}

	/**
	 * Changes an item's texts, its options and its sub-indicator's weight, and the area
	 * total.
	 */
	public void updateItem(long templateId, String itemCode, ItemChange change) {
		this.jdbc
			.sql("update lke_item set question = :question, typical_evidence = :evidence "
					+ "where template_id = :id and code = :code")
			.param("question", change.question())
			.param("evidence", change.typicalEvidence())
			.param("id", templateId)
			.param("code", itemCode)
			.update();
		this.jdbc
			.sql("update lke_sub_indicator set weight = :weight where id = "
					+ "(select sub_indicator_id from lke_item where template_id = :id and code = :code)")
			.param("weight", change.subIndicatorWeight())
			.param("id", templateId)
			.param("code", itemCode)
			.update();
		for (int i = 0; i < change.optionLabels().size(); i++) {
			this.jdbc
				.sql("update lke_option set label = :label, value = :value where position = :position and item_id = "
						+ "(select id from lke_item where template_id = :id and code = :code)")
				.param("label", change.optionLabels().get(i))
				.param("value", change.optionValues().get(i))
				.param("position", i + 1)
				.param("id", templateId)
				.param("code", itemCode)
				.update();
		}
		// An area weighs what its sub-indicators weigh, in both halves.
		this.jdbc.sql("""
				update lke_area a set weight = (select coalesce(sum(s.weight), 0) from lke_sub_indicator s
				    where s.template_id = a.template_id and s.area_code = a.code)
				where a.template_id = :id
				""").param("id", templateId).update();
	}

	/** Stores a whole new template version, read from a workbook; returns its id. */
	public long create(String code, String name, String regulation, TemplateData content) {
		long id = this.jdbc
			.sql("insert into lke_template (code, name, regulation) values (:code, :name, :regulation) returning id")
			.param("code", code)
			.param("name", name)
			.param("regulation", regulation)
			.query(Long.class)
			.single();
		int position = 0;
		for (TemplateData.AreaData area : content.areas()) {
			this.jdbc
				.sql("insert into lke_area (template_id, code, name, weight, position) "
						+ "values (:id, :code, :name, :weight, :position)")
				.param("id", id)
				.param("code", area.code())
				.param("name", area.name())
				.param("weight", area.weight())
				.param("position", ++position)
				.update();
		}
		int subPosition = 0;
		int itemPosition = 0;
		for (TemplateData.SubIndicatorData sub : content.subIndicators()) {
			long subId = this.jdbc
				.sql("""
						insert into lke_sub_indicator (template_id, component, sub_component, area_code, name, weight, position)
						values (:id, :component, :subComponent, :area, :name, :weight, :position) returning id
						""")
				.param("id", id)
				.param("component", sub.component())
				.param("subComponent", sub.subComponent())
				.param("area", sub.areaCode())
				.param("name", sub.name())
				.param("weight", sub.weight())
				.param("position", ++subPosition)
				.query(Long.class)
				.single();
			for (TemplateData.ItemData item : sub.items()) {
				long itemId = this.jdbc.sql("""
						insert into lke_item (template_id, sub_indicator_id, code, question, answer_type,
						    typical_evidence, position)
						values (:id, :sub, :code, :question, :type, :evidence, :position) returning id
						""")
					.param("id", id)
					.param("sub", subId)
					.param("code", item.code())
					.param("question", item.question())
					.param("type", item.answerType())
					.param("evidence", item.typicalEvidence())
					.param("position", ++itemPosition)
					.query(Long.class)
					.single();
				int option = 0;
				for (TemplateData.OptionData value : item.options()) {
					this.jdbc
						.sql("insert into lke_option (item_id, letter, label, value, position) "
								+ "values (:item, :letter, :label, :value, :position)")
						.param("item", itemId)
						.param("letter", value.letter())
						.param("label", value.label())
						.param("value", value.value())
						.param("position", ++option)
						.update();
				}
				int input = 0;
				for (TemplateData.InputData field : item.inputs()) {
					this.jdbc
						.sql("insert into lke_item_input (item_id, input_key, label, position) "
								+ "values (:item, :key, :label, :position)")
						.param("item", itemId)
						.param("key", field.key())
						.param("label", field.label())
						.param("position", ++input)
						.update();
				}
			}
		}
		for (TemplateData.GateData gate : content.gates()) {
			this.jdbc
				.sql("insert into lke_gate (template_id, predicate, gate, threshold) "
						+ "values (:id, :predicate, :gate, :threshold)")
				.param("id", id)
				.param("predicate", gate.predicate())
				.param("gate", gate.gate())
				.param("threshold", gate.threshold())
				.update();
		}
		return id;
	}

}
