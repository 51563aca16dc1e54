package id.ruangzi.evidence;

import java.util.List;

import id.ruangzi.assessment.ProgrammeView;

/**
 * The evidence checks of a programme: counts per check and per area over the whole
 * programme, and the findings of the chosen area (or all).
 *
 * @param programme the programme
 * @param section the chosen area ("A".."F" or "HASIL"), or null for all
 * @param sections every area column, in order
 * @param all every finding of the programme
 */
public record EvidenceCheckReport(ProgrammeView programme, String section, List<String> sections,
		List<EvidenceFinding> all) {

	/** The section key of Hasil items, which have no change area. */
	public static final String HASIL = "HASIL";

	public EvidenceCheckReport {
		sections = List.copyOf(sections);
		all = List.copyOf(all);
	}

	/** The checks in page order. */
	public List<EvidenceCheck> checks() {
		return List.of(EvidenceCheck.values());
	}

	/** How many findings of a check concern an area. */
	public long count(EvidenceCheck check, String area) {
		return this.all.stream().filter((f) -> f.check() == check && f.sections().contains(area)).count();
	}

	/**
	 * How many findings a check has over the programme (a finding concerning two areas
	 * counts once).
	 */
	public long total(EvidenceCheck check) {
		return this.all.stream().filter((f) -> f.check() == check).count();
	}

	/** The findings of a check in the chosen area, or all. */
	public List<EvidenceFinding> findings(EvidenceCheck check) {
		return this.all.stream()
			.filter((f) -> f.check() == check && (this.section == null || f.sections().contains(this.section)))
			.toList();
	}

}
