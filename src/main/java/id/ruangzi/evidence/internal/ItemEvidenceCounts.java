package id.ruangzi.evidence.internal;

import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.assessment.EvidenceCounts;

import org.springframework.stereotype.Component;

/** The evidence counts the self-assessment shows beside each item: one SQL statement. */
@Component
class ItemEvidenceCounts implements EvidenceCounts {

	private final EvidenceRepository records;

	ItemEvidenceCounts(EvidenceRepository records) {
		this.records = records;
	}

	@Override
	public Map<String, Long> countsByItem(long programmeId) {
		return this.records.countByItem(programmeId)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], (row) -> (Long) row[1]));
	}

}
