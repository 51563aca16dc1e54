package id.ruangzi.organisation.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the unit tree a page at a time: one query for the rows and one for the count,
 * whatever the size of the tree. Rows come in tree order with siblings by name: each unit
 * sorts by the names of its ancestors and itself, found through the ids of its
 * materialised path (primary-key look-ups, no recursion). Every element carries the
 * unit's id, so two units never tie and a subtree always stays together.
 */
@Component
class UnitTree {

	private static final String FILTER = """
			where (:q = '' or lower(u.name) like :pattern escape '\\' or lower(u.code) like :pattern escape '\\')
			""";

	private final JdbcClient jdbc;

	UnitTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<UnitTreeRow> page(String query, Pageable pageable) {
		String q = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<UnitTreeRow> rows = this.jdbc.sql("""
				select u.id, u.code, u.name, u.type, u.madrasah_level, p.code as parent_code,
				       i.name as instansi_name, u.depth, u.active
				from unit u
				join instansi i on i.id = u.instansi_id
				left join unit p on p.id = u.parent_id
				cross join lateral (
				    select array_agg(lower(a.name) || ' #' || a.id order by a.depth) as sort_key
				    from unit a
				    where a.id = any (string_to_array(trim(both '/' from u.path), '/')::bigint[])
				) k
				""" + FILTER + """
				order by i.name, k.sort_key
				limit :limit offset :offset
				""")
			.param("q", q)
			.param("pattern", pattern)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(new DataClassRowMapper<>(UnitTreeRow.class))
			.list();
		long total = this.jdbc.sql("select count(*) from unit u " + FILTER)
			.param("q", q)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

}
