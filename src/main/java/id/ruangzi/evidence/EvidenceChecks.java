package id.ruangzi.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.SubIndicator;
import id.ruangzi.evidence.internal.Evidence;
import id.ruangzi.evidence.internal.KindWords;
import id.ruangzi.evidence.internal.ProgrammeEvidence;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Checks of a programme's evidence against its answers and the LKE, for anyone who may
 * view the programme. Everything is loaded once (the sheet, and the programme's evidence
 * in three statements) and judged in memory, so the page runs a fixed number of SQL
 * statements. Two items are related when they belong to the same sub-indicator (such as
 * PPA1A and PPA1B of "Penyusunan Tim Kerja"): the same file there is expected; the same
 * file across sub-indicators is flagged for a look.
 */
@Service
public class EvidenceChecks {

	private final AssessmentApi assessment;

	private final ProgrammeEvidence evidence;

	EvidenceChecks(AssessmentApi assessment, ProgrammeEvidence evidence) {
		this.assessment = assessment;
		this.evidence = evidence;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme (404 outside the user's scope)
	 * @param section an area letter or "HASIL" to show its findings only, or null
	 * @return the report
	 */
	public EvidenceCheckReport report(CurrentUser user, long programmeId, String section) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		List<String> sections = new ArrayList<>();
		for (Area area : Area.values()) {
			sections.add(area.name());
		}
		sections.add(EvidenceCheckReport.HASIL);
		String chosen = (section == null || section.isBlank()) ? null : section.strip().toUpperCase();
		if (chosen != null && !sections.contains(chosen)) {
			throw new InvalidInputException("no area " + section);
		}
		LkeTemplate template = sheet.template();
		List<ProgrammeEvidence.Row> rows = this.evidence.of(programmeId);
		Map<String, List<ProgrammeEvidence.Row>> byItem = new HashMap<>();
		rows.forEach(
				(row) -> row.itemCodes().forEach((c) -> byItem.computeIfAbsent(c, (k) -> new ArrayList<>()).add(row)));
		List<EvidenceFinding> findings = new ArrayList<>();
		unsupported(template, sheet.score(), byItem, findings);
		outsideYear(template, sheet.programme().year(), rows, findings);
		sharedFiles(template, rows, findings);
		kindMismatch(template, byItem, findings);
		return new EvidenceCheckReport(sheet.programme(), chosen, sections, findings);
	}

	private static void unsupported(LkeTemplate template, ScoreReport score,
			Map<String, List<ProgrammeEvidence.Row>> byItem, List<EvidenceFinding> findings) {
		Map<String, ScoreReport.ItemScore> scores = new HashMap<>();
		score.items().forEach((s) -> scores.put(s.code(), s));
		for (Item item : template.items()) {
			ScoreReport.ItemScore itemScore = scores.get(item.code());
			if (itemScore != null && itemScore.answered() && itemScore.value() != null
					&& itemScore.value().compareTo(BigDecimal.ZERO) > 0 && !byItem.containsKey(item.code())) {
				findings.add(new EvidenceFinding(EvidenceCheck.UNSUPPORTED_ANSWER, List.of(section(item.area())),
						List.of(item.code()), List.of(), null, List.of(), null));
			}
		}
	}

	private static void outsideYear(LkeTemplate template, int year, List<ProgrammeEvidence.Row> rows,
			List<EvidenceFinding> findings) {
		for (ProgrammeEvidence.Row row : rows) {
			Evidence e = row.evidence();
			if (e.getDocumentDate() != null && e.getDocumentDate().getYear() != year) {
				findings.add(new EvidenceFinding(EvidenceCheck.OUTSIDE_YEAR, sections(template, row.itemCodes()),
						row.itemCodes(), List.of(ref(e)), e.getDocumentDate(), List.of(), null));
			}
		}
	}

	private static void sharedFiles(LkeTemplate template, List<ProgrammeEvidence.Row> rows,
			List<EvidenceFinding> findings) {
		Map<String, String> subIndicatorOf = new HashMap<>();
		for (SubIndicator subIndicator : template.subIndicators()) {
			subIndicator.items().forEach((item) -> subIndicatorOf.put(item.code(), subIndicator.code()));
		}
		Map<String, List<ProgrammeEvidence.Row>> bySha = new LinkedHashMap<>();
		rows.stream()
			.filter((row) -> row.current() != null)
			.forEach((row) -> bySha.computeIfAbsent(row.current().getSha256(), (k) -> new ArrayList<>()).add(row));
		bySha.forEach((sha, group) -> {
			Set<String> items = new TreeSet<>();
			group.forEach((row) -> items.addAll(row.itemCodes()));
			Set<String> subIndicators = new LinkedHashSet<>();
			items.forEach((code) -> subIndicators.add(subIndicatorOf.getOrDefault(code, code)));
			if (subIndicators.size() > 1) {
				List<String> codes = List.copyOf(items);
				findings.add(new EvidenceFinding(EvidenceCheck.SHARED_FILE, sections(template, codes), codes,
						group.stream().map((row) -> ref(row.evidence())).toList(), null, List.of(), sha));
			}
		});
	}

	private static void kindMismatch(LkeTemplate template, Map<String, List<ProgrammeEvidence.Row>> byItem,
			List<EvidenceFinding> findings) {
		for (Item item : template.items()) {
			List<ProgrammeEvidence.Row> linked = byItem.get(item.code());
			Set<EvidenceKind> named = KindWords.named(item.evidence());
			if (linked == null || named.isEmpty()
					|| linked.stream().anyMatch((row) -> named.contains(row.evidence().getKind()))) {
				continue;
			}
			findings.add(new EvidenceFinding(EvidenceCheck.KIND_MISMATCH, List.of(section(item.area())),
					List.of(item.code()), linked.stream().map((row) -> ref(row.evidence())).toList(), null,
					List.copyOf(named), null));
		}
	}

	private static List<String> sections(LkeTemplate template, List<String> itemCodes) {
		Set<String> sections = new TreeSet<>();
		for (String code : itemCodes) {
			template.item(code).ifPresent((item) -> sections.add(section(item.area())));
		}
		return List.copyOf(sections);
	}

	static String section(Area area) {
		return (area != null) ? area.name() : EvidenceCheckReport.HASIL;
	}

	private static EvidenceRef ref(Evidence e) {
		return new EvidenceRef(e.getId(), e.getTitle(), e.getKind());
	}

}
