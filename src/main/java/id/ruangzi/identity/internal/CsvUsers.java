package id.ruangzi.identity.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the user import file: a header line, then one person per line. Only the shape of
 * the file is checked here; the values are checked by {@link UserImport}.
 */
final class CsvUsers {

	static final List<String> COLUMNS = List.of("username", "full_name", "nip", "email", "phone", "password", "roles");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreHeaderCase(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvUsers() {
	}

	/**
	 * Splits the file into rows.
	 * @param content the whole file
	 * @param problems where problems with the file as a whole go
	 * @return the rows, numbered as in a spreadsheet (the header is row 1)
	 */
	static List<Row> read(String content, List<RowProblem> problems) {
		List<Row> rows = new ArrayList<>();
		// Excel saves UTF-8 with a byte order mark, which would become part of the first
		// column's name.
		String text = (content != null && content.startsWith("\uFEFF")) ? content.substring(1) : content;
		if (text == null || text.isBlank()) {
			problems.add(new RowProblem(1, "identity.import.error.empty"));
			return rows;
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			List<String> missing = COLUMNS.stream()
				.filter((column) -> !parser.getHeaderMap().containsKey(column))
				.toList();
			if (!missing.isEmpty()) {
				problems.add(new RowProblem(1, "identity.import.error.header", String.join(", ", missing)));
				return rows;
			}
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				rows.add(new Row(number, value(record, "username"), value(record, "full_name"), value(record, "nip"),
						value(record, "email"), value(record, "phone"), value(record, "password"),
						value(record, "roles")));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new RowProblem(rows.size() + 2, "identity.import.error.malformed"));
			rows.clear();
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new RowProblem(1, "identity.import.error.empty"));
		}
		return rows;
	}

	private static String value(CSVRecord record, String column) {
		return record.isSet(column) ? record.get(column) : "";
	}

	/**
	 * One line of the file, as typed.
	 */
	record Row(int number, String username, String fullName, String nip, String email, String phone, String password,
			String roles) {

	}

}
