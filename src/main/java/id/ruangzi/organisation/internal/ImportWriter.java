package id.ruangzi.organisation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked import rows: ids are drawn from the unit sequence in one query, so every
 * path is known before the first insert, and all rows go in as one JDBC batch. Parents
 * are written before their children whatever the order of the file.
 */
@Component
class ImportWriter {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	ImportWriter(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	void write(Map<String, ImportRow> rows, Map<String, Unit> existing, Map<String, Instansi> instansis) {
		List<Long> ids = this.jdbc
			.sql("select nextval(pg_get_serial_sequence('unit', 'id')) from generate_series(1, :n)")
			.param("n", rows.size())
			.query(Long.class)
			.list();
		Map<String, Placed> placed = new HashMap<>();
		existing.values().forEach((unit) -> placed.put(unit.getCode(), Placed.of(unit)));
		List<Object[]> inserts = new ArrayList<>();
		int next = 0;
		for (ImportRow row : rows.values()) {
			// Walk up to the nearest placed ancestor, then place the rows on the way
			// down.
			Deque<ImportRow> pending = new ArrayDeque<>();
			for (ImportRow current = row; current != null
					&& !placed.containsKey(current.code()); current = current.hasParent()
							? rows.get(current.parentCode()) : null) {
				pending.push(current);
			}
			while (!pending.isEmpty()) {
				ImportRow current = pending.pop();
				Placed parent = current.hasParent() ? placed.get(current.parentCode()) : null;
				long id = ids.get(next++);
				Placed self = new Placed(id, ((parent != null) ? parent.path() : "/") + id + "/",
						(parent != null) ? parent.depth() + 1 : 0);
				placed.put(current.code(), self);
				inserts.add(new Object[] { id, instansis.get(current.instansi()).getId(),
						(parent != null) ? parent.id() : null, current.code(), current.name(), current.type(),
						self.path(), self.depth() });
			}
		}
		this.jdbcTemplate.batchUpdate("""
				insert into unit (id, instansi_id, parent_id, code, name, type, path, depth)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts);
	}

	private record Placed(long id, String path, int depth) {

		static Placed of(Unit unit) {
			return new Placed(unit.getId(), unit.getPath(), unit.getDepth());
		}

	}

}
