package id.ruangzi.evidence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every evidence record of a programme with its item codes and current revision, in three
 * SQL statements whatever the number of records, read in one read-only transaction. The
 * checks and the package both start from it.
 */
@Component
public class ProgrammeEvidence {

	private final EvidenceRepository records;

	private final EvidenceRevisionRepository revisions;

	private final TransactionTemplate readTx;

	ProgrammeEvidence(EvidenceRepository records, EvidenceRevisionRepository revisions,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.revisions = revisions;
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
	}

	/**
	 * @param programmeId the programme; the caller has checked the user may view it
	 * @return its records, oldest first
	 */
	public List<Row> of(long programmeId) {
		return this.readTx.execute((status) -> {
			List<Evidence> list = new ArrayList<>(this.records.findByProgrammeIdOrderByIdDesc(programmeId));
			if (list.isEmpty()) {
				return List.of();
			}
			java.util.Collections.reverse(list);
			Map<Long, List<String>> items = new HashMap<>();
			for (Object[] row : this.records.itemCodesOf(list.stream().map(Evidence::getId).toList())) {
				items.computeIfAbsent((Long) row[0], (k) -> new ArrayList<>()).add((String) row[1]);
			}
			Map<Long, EvidenceRevision> current = this.revisions.currentOfProgramme(programmeId)
				.stream()
				.collect(Collectors.toMap(EvidenceRevision::getEvidenceId, Function.identity()));
			return list.stream()
				.map((e) -> new Row(e, items.getOrDefault(e.getId(), List.of()), current.get(e.getId())))
				.toList();
		});
	}

	/**
	 * One record.
	 *
	 * @param evidence the record (its collections are not loaded: use itemCodes)
	 * @param itemCodes the items it supports, sorted
	 * @param current its newest revision, null for a link
	 */
	public record Row(Evidence evidence, List<String> itemCodes, EvidenceRevision current) {

		public Row {
			itemCodes = List.copyOf(itemCodes);
		}

	}

}
