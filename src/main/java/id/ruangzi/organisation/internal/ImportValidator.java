package id.ruangzi.organisation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.ruangzi.organisation.UnitType;

/**
 * Checks the rows of an import file against each other and against the units already in
 * the database: codes free and unique, parents known, no cycles among the rows, types and
 * agencies known. Works on data loaded up front, so checking a file costs a fixed number
 * of queries.
 */
final class ImportValidator {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private static final Set<String> TYPES = new HashSet<>(Arrays.stream(UnitType.values()).map(Enum::name).toList());

	private final Map<String, Unit> existing;

	private final Map<String, Instansi> instansis;

	/**
	 * @param existing units of the database whose codes appear in the file, by code
	 * @param instansis all agencies, by code
	 */
	ImportValidator(Map<String, Unit> existing, Map<String, Instansi> instansis) {
		this.existing = existing;
		this.instansis = instansis;
	}

	/**
	 * Records every problem on its row.
	 * @param rows the rows, in file order
	 * @return the first row of each code, the rows the tree is built from
	 */
	Map<String, ImportRow> validate(List<ImportRow> rows) {
		Map<String, ImportRow> byCode = new LinkedHashMap<>();
		for (ImportRow row : rows) {
			checkFields(row);
			ImportRow first = byCode.putIfAbsent(row.code(), row);
			if (first != null && !row.code().isEmpty()) {
				row.reject("organisation.import.error.codeDuplicate", row.line(), row.code(), first.line());
			}
			if (this.existing.containsKey(row.code())) {
				row.reject("organisation.import.error.codeExists", row.line(), row.code());
			}
		}
		for (ImportRow row : rows) {
			checkParent(row, byCode);
		}
		findCycles(byCode);
		return byCode;
	}

	private void checkFields(ImportRow row) {
		if (row.code().isEmpty()) {
			row.reject("organisation.import.error.codeMissing", row.line());
		}
		else if (!CODE.matcher(row.code()).matches()) {
			row.reject("organisation.import.error.codeInvalid", row.line(), row.code());
		}
		if (row.name().isEmpty()) {
			row.reject("organisation.import.error.nameMissing", row.line());
		}
		else if (row.name().length() > 200) {
			row.reject("organisation.import.error.nameTooLong", row.line(), 200);
		}
		if (!TYPES.contains(row.type())) {
			row.reject("organisation.import.error.typeUnknown", row.line(), row.type());
		}
		if (!this.instansis.containsKey(row.instansi())) {
			row.reject("organisation.import.error.instansiUnknown", row.line(), row.instansi());
		}
	}

	// A parent in the database wins over a row of the same code: that row is rejected as
	// a duplicate anyway.
	private void checkParent(ImportRow row, Map<String, ImportRow> byCode) {
		if (!row.hasParent()) {
			return;
		}
		Unit inDatabase = this.existing.get(row.parentCode());
		ImportRow inFile = byCode.get(row.parentCode());
		Instansi own = this.instansis.get(row.instansi());
		if (inDatabase != null) {
			if (own != null && !own.getId().equals(inDatabase.getInstansiId())) {
				row.reject("organisation.import.error.instansiDiffers", row.line(), row.parentCode());
			}
		}
		else if (inFile == null) {
			row.reject("organisation.import.error.parentUnknown", row.line(), row.parentCode());
		}
		else if (own != null && this.instansis.containsKey(inFile.instansi())
				&& !row.instansi().equals(inFile.instansi())) {
			row.reject("organisation.import.error.instansiDiffers", row.line(), row.parentCode());
		}
	}

	/**
	 * Each row has at most one parent, so following parents from any row either leaves
	 * the file or runs into a loop; each row is walked once.
	 */
	private void findCycles(Map<String, ImportRow> byCode) {
		Set<String> done = new HashSet<>();
		for (ImportRow start : byCode.values()) {
			List<ImportRow> walk = new ArrayList<>();
			Map<String, Integer> onWalk = new HashMap<>();
			ImportRow current = start;
			while (current != null && !done.contains(current.code())) {
				if (onWalk.containsKey(current.code())) {
					reportCycle(walk.subList(onWalk.get(current.code()), walk.size()));
					break;
				}
				onWalk.put(current.code(), walk.size());
				walk.add(current);
				current = parentInFile(current, byCode);
			}
			walk.forEach((row) -> done.add(row.code()));
		}
	}

	private ImportRow parentInFile(ImportRow row, Map<String, ImportRow> byCode) {
		if (!row.hasParent() || this.existing.containsKey(row.parentCode())) {
			return null;
		}
		return byCode.get(row.parentCode());
	}

	private static void reportCycle(List<ImportRow> cycle) {
		List<String> codes = new ArrayList<>(cycle.stream().map(ImportRow::code).toList());
		codes.add(cycle.get(0).code());
		String chain = String.join(" \u2192 ", codes);
		cycle.forEach((row) -> row.reject("organisation.import.error.cycle", row.line(), chain));
	}

}
