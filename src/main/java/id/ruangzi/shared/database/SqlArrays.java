package id.ruangzi.shared.database;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals for one bind parameter, used as
 * {@code = any(cast(:ids as bigint[]))}: a national overview passes 10,000 ids, which
 * {@code in (:ids)} would expand into 10,000 bind parameters (a long statement to parse
 * and plan, and close to the driver's limit of 32,767).
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	/**
	 * @param values the numbers
	 * @return a literal such as {@code {1,2,3}}, to cast as {@code bigint[]}
	 */
	public static String bigints(Collection<Long> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * @param values the texts; null is stored as the empty text
	 * @return a literal such as {@code {"a","b"}}, to cast as {@code text[]}
	 */
	public static String texts(Collection<String> values) {
		return values.stream().map(SqlArrays::quoted).collect(Collectors.joining(",", "{", "}"));
	}

	// Each element is quoted, so commas and braces in a value are data.
	private static String quoted(String value) {
		String text = (value != null) ? value : "";
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
