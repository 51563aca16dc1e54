package id.ruangzi.organisation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of an import file as written, with what is wrong with it.
 *
 * @param line the row number in the file (the header is row 1), as a spreadsheet shows it
 * @param code the unit code, upper-cased
 * @param name the name
 * @param type the type as written
 * @param parentCode the parent's code, upper-cased, blank for a top unit
 * @param instansi the agency code as written
 * @param errors the problems found, empty for a good row
 */
public record ImportRow(int line, String code, String name, String type, String parentCode, String instansi,
		List<RowError> errors) {

	ImportRow(int line, String code, String name, String type, String parentCode, String instansi) {
		this(line, code, name, type, parentCode, instansi, new ArrayList<>());
	}

	void reject(String key, Object... args) {
		this.errors.add(new RowError(key, args));
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	boolean hasParent() {
		return !this.parentCode.isEmpty();
	}

	/**
	 * A problem of one row: a message key whose first argument is the row number.
	 *
	 * @param key the message key
	 * @param args the message arguments
	 */
	public record RowError(String key, Object[] args) {

	}

}
