package id.ruangzi.bench.national;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format, fed row by row through a
 * buffer: about ten times faster than batched inserts for millions of rows.
 */
final class Copy implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private long rows;

	private Copy(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * Starts a COPY into a table.
	 * @param connection the connection, in the caller's transaction
	 * @param table the table with its column list, e.g. {@code "unit (id, code)"}
	 * @return the open COPY
	 */
	static Copy into(Connection connection, String table) throws SQLException {
		return new Copy(connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin"));
	}

	/** Appends one row; null is SQL NULL, everything else its {@code toString()}. */
	Copy row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				this.buffer.append("\\N");
			}
			else {
				escape(value.toString());
			}
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() >= FLUSH_AT) {
			flush();
		}
		return this;
	}

	long rows() {
		return this.rows;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.copy.endCopy();
	}

}
