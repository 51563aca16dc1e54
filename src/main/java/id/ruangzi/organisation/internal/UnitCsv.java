package id.ruangzi.organisation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the unit import format: UTF-8 (with or without a byte order mark), a header row
 * {@code code,name,type,parent_code,instansi}, one unit per row. Parsing is left to
 * Commons CSV, so quoted names with commas work as a spreadsheet writes them.
 */
final class UnitCsv {

	static final List<String> HEADER = List.of("code", "name", "type", "parent_code", "instansi");

	static final int MAX_ROWS = 5000;

	// Empty lines are kept as records, so record numbers stay equal to spreadsheet row
	// numbers.
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private UnitCsv() {
	}

	static String decode(byte[] bytes) throws ImportFileException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException("organisation.import.error.notText");
		}
	}

	static String withoutByteOrderMark(String content) {
		return (content != null && content.startsWith("\uFEFF")) ? content.substring(1) : content;
	}

	static List<ImportRow> parse(String content) throws ImportFileException {
		if (content == null || content.isBlank()) {
			throw new ImportFileException("organisation.import.error.empty");
		}
		if (content.indexOf('\u0000') >= 0) {
			throw new ImportFileException("organisation.import.error.notText");
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
			List<ImportRow> rows = new ArrayList<>();
			boolean header = true;
			for (CSVRecord record : parser) {
				if (header) {
					checkHeader(record);
					header = false;
				}
				else if (!blank(record)) {
					if (rows.size() == MAX_ROWS) {
						throw new ImportFileException("organisation.import.error.tooManyRows", MAX_ROWS);
					}
					rows.add(row(record));
				}
			}
			if (rows.isEmpty()) {
				throw new ImportFileException("organisation.import.error.noRows");
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException("organisation.import.error.malformed");
		}
	}

	private static void checkHeader(CSVRecord record) throws ImportFileException {
		List<String> names = record.stream().map((cell) -> cell.strip().toLowerCase(Locale.ROOT)).toList();
		if (!names.equals(HEADER)) {
			throw new ImportFileException("organisation.import.error.header", String.join(",", HEADER));
		}
	}

	private static ImportRow row(CSVRecord record) {
		int line = (int) record.getRecordNumber();
		ImportRow row = new ImportRow(line, upper(record, 0), cell(record, 1), upper(record, 2), upper(record, 3),
				upper(record, 4));
		if (record.size() != HEADER.size()) {
			row.reject("organisation.import.error.columns", line, HEADER.size(), record.size());
		}
		return row;
	}

	private static String upper(CSVRecord record, int index) {
		return cell(record, index).toUpperCase(Locale.ROOT);
	}

	private static String cell(CSVRecord record, int index) {
		return (index < record.size()) ? record.get(index).strip() : "";
	}

	private static boolean blank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

}
