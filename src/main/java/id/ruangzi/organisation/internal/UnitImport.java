package id.ruangzi.organisation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from CSV: a preview checks every row, applying checks them all again and
 * writes all rows in one transaction, or none when any row fails.
 */
@Service
public class UnitImport {

	private final UnitRepository units;

	private final InstansiRepository instansis;

	private final ImportWriter writer;

	UnitImport(UnitRepository units, InstansiRepository instansis, ImportWriter writer) {
		this.units = units;
		this.instansis = instansis;
		this.writer = writer;
	}

	/**
	 * Checks an uploaded file.
	 * @param bytes the file as uploaded
	 * @return the rows with their problems, or the problem of the whole file
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] bytes) {
		try {
			return check(UnitCsv.decode(bytes)).preview();
		}
		catch (ImportFileException ex) {
			return ImportPreview.unreadable("", ex);
		}
	}

	/**
	 * Checks the content again and writes all its units when every row is good.
	 * @param content the file's text as the preview carried it
	 * @return the preview, marked applied when the units were written
	 */
	@Transactional
	public ImportPreview apply(String content) {
		Checked checked = check(content);
		ImportPreview preview = checked.preview();
		if (!preview.valid()) {
			return preview;
		}
		this.writer.write(checked.tree(), checked.existing(), checked.instansis());
		return preview.markApplied();
	}

	private Checked check(String raw) {
		String content = UnitCsv.withoutByteOrderMark(raw);
		List<ImportRow> rows;
		try {
			rows = UnitCsv.parse(content);
		}
		catch (ImportFileException ex) {
			return new Checked(ImportPreview.unreadable(content, ex), Map.of(), Map.of(), Map.of());
		}
		Set<String> codes = new HashSet<>();
		rows.forEach((row) -> {
			codes.add(row.code());
			codes.add(row.parentCode());
		});
		Map<String, Unit> existing = this.units.findByCodeIn(codes)
			.stream()
			.collect(Collectors.toMap(Unit::getCode, Function.identity()));
		Map<String, Instansi> instansis = this.instansis.findAll()
			.stream()
			.collect(Collectors.toMap(Instansi::getCode, Function.identity()));
		Map<String, ImportRow> tree = new ImportValidator(existing, instansis).validate(rows);
		return new Checked(new ImportPreview(content, rows, null, null, false), tree, existing, instansis);
	}

	private record Checked(ImportPreview preview, Map<String, ImportRow> tree, Map<String, Unit> existing,
			Map<String, Instansi> instansis) {

	}

}
