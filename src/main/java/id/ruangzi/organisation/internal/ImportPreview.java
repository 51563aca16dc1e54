package id.ruangzi.organisation.internal;

import java.util.List;

/**
 * An import file checked row by row. The file's content travels with it so that the
 * administrator can apply exactly what was checked; it is checked again when applied.
 *
 * @param content the file's text, without a byte order mark
 * @param rows the data rows
 * @param fileError a message key when the file as a whole cannot be read, else null
 * @param fileErrorArgs the message arguments
 * @param applied true once the rows are in the database
 */
public record ImportPreview(String content, List<ImportRow> rows, String fileError, Object[] fileErrorArgs,
		boolean applied) {

	static ImportPreview unreadable(String content, ImportFileException problem) {
		return new ImportPreview(content, List.of(), problem.messageKey(), problem.args(), false);
	}

	public boolean valid() {
		return this.fileError == null && !this.rows.isEmpty() && this.rows.stream().allMatch(ImportRow::valid);
	}

	public long rejectedRows() {
		return this.rows.stream().filter((row) -> !row.valid()).count();
	}

	ImportPreview markApplied() {
		return new ImportPreview(this.content, this.rows, null, null, true);
	}

}
