package id.ruangzi.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import id.ruangzi.catalogue.internal.TemplateCatalogue;
import id.ruangzi.catalogue.internal.TemplateReader;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.InvalidInputException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue module's facade: LKE template versions. A version bound to any programme
 * is read-only; administrators change the LKE by cloning a version, editing the clone and
 * making it current for new programmes.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueApi {

	static final Set<String> GATES = Set.of("TOTAL", "PENGUNGKIT", "AREA_PERCENT", "BERSIH_AKUNTABEL", "IPAK",
			"CAPAIAN_KINERJA", "IPKP");

	private final TemplateReader reader;

	private final TemplateCatalogue catalogue;

	private final TemplateUsage usage;

	// Versions bound to programmes never change, and unbound ones evict their entry on
	// change.
	private final Map<Long, TemplateData> cache = new ConcurrentHashMap<>();

	CatalogueApi(TemplateReader reader, TemplateCatalogue catalogue, TemplateUsage usage) {
		this.reader = reader;
		this.catalogue = catalogue;
		this.usage = usage;
	}

	/**
	 * The id of the template version new programmes use.
	 * @return the template id
	 */
	public long currentTemplateId() {
		return this.reader.currentId().orElseThrow(() -> new NotFoundException("current LKE template"));
	}

	/**
	 * A template version with all its items, read once and then served from memory.
	 * @param id the template id
	 * @return the template
	 */
	public TemplateData template(long id) {
		return this.cache.computeIfAbsent(id,
				(key) -> this.reader.read(key).orElseThrow(() -> new NotFoundException("template " + key)));
	}

	/**
	 * @param user an administrator
	 * @return every template version with how many programmes use it
	 */
	public List<TemplateSummary> templates(CurrentUser user) {
		requireAdministrator(user);
		Map<Long, Long> programmes = this.usage.programmesPerTemplate();
		return this.catalogue.list()
			.stream()
			.map((t) -> new TemplateSummary(t.id(), t.code(), t.name(), t.regulation(), t.clonedFromCode(), t.current(),
					programmes.getOrDefault(t.id(), 0L)))
			.toList();
	}

	/**
	 * @param user an administrator
	 * @param id the template
	 * @return its summary
	 */
	public TemplateSummary summary(CurrentUser user, long id) {
		return templates(user).stream()
			.filter((t) -> t.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("template " + id));
	}

	/**
	 * Copies a version with all its areas, items, options and gates into a new, editable
	 * one.
	 * @param user an administrator
	 * @param sourceId the version to copy
	 * @param code the new version's unique code
	 * @param name the new version's name
	 * @return the new version's id
	 */
	@Transactional
	public long cloneTemplate(CurrentUser user, long sourceId, String code, String name) {
		summary(user, sourceId);
		return this.catalogue.cloneTemplate(sourceId, checkedCode(code, name), name.trim());
	}

	/**
	 * Changes one gate threshold of a version no programme uses.
	 * @param user an administrator
	 * @param id the version
	 * @param predicate WBK or WBBM
	 * @param gate the gate's name
	 * @param threshold the new minimum, 0 to 100
	 */
	@Transactional
	public void updateGate(CurrentUser user, long id, String predicate, String gate, BigDecimal threshold) {
		TemplateSummary template = summary(user, id);
		if (!template.editable()) {
			throw new ConflictException("template " + template.code() + " is used by " + template.programmes()
					+ " programmes and is read-only; clone it to change it");
		}
		if (!Set.of("WBK", "WBBM").contains(predicate) || !GATES.contains(gate)) {
			throw new InvalidInputException("unknown gate " + predicate + " " + gate);
		}
		if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidInputException("threshold: a number from 0 to 100");
		}
		this.catalogue.updateGate(id, predicate, gate, threshold);
		this.cache.remove(id);
	}

	/**
	 * Stores a complete template version read from a workbook, as a new, unused version.
	 * @param user an administrator
	 * @param code the new version's unique code
	 * @param name its name
	 * @param regulation the regulation it implements
	 * @param content its areas, sub-indicators, items and gates, already checked for
	 * consistency
	 * @return the new version's id
	 */
	@Transactional
	public long createTemplate(CurrentUser user, String code, String name, String regulation, TemplateData content) {
		requireAdministrator(user);
		String cleanCode = checkedCode(code, name);
		if (regulation == null || regulation.isBlank() || regulation.length() > 200) {
			throw new InvalidInputException("regulation: required, at most 200 characters");
		}
		if (content.gates().size() != GATES.size() * 2) {
			throw new InvalidInputException("gates: every gate of WBK and WBBM is needed, " + (GATES.size() * 2)
					+ " rows, found " + content.gates().size());
		}
		return this.catalogue.create(cleanCode, name.trim(), regulation.trim(), content);
	}

	/**
	 * Changes an item of a version no programme uses: its texts, option texts and values,
	 * and its sub-indicator's weight.
	 * @param user an administrator
	 * @param id the version
	 * @param itemCode the item
	 * @param change the new texts and numbers
	 */
	@Transactional
	public void updateItem(CurrentUser user, long id, String itemCode, ItemChange change) {
		TemplateSummary template = summary(user, id);
		if (!template.editable()) {
			throw new ConflictException("template " + template.code() + " is used by " + template.programmes()
					+ " programmes and is read-only; clone it to change it");
		}
		TemplateData.ItemData item = template(id).subIndicators()
			.stream()
			.flatMap((sub) -> sub.items().stream())
			.filter((candidate) -> candidate.code().equals(itemCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("item " + itemCode));
		if (change.question() == null || change.question().isBlank() || change.question().length() > 2000) {
			throw new InvalidInputException("question: required, at most 2000 characters");
		}
		BigDecimal weight = change.subIndicatorWeight();
		if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidInputException("sub-indicator weight: a number above 0 and at most 100");
		}
		int options = item.options().size();
		if (change.optionLabels().size() != options || change.optionValues().size() != options) {
			throw new InvalidInputException("options: give a text and a value for each of the " + options + " options");
		}
		for (int i = 0; i < options; i++) {
			BigDecimal value = change.optionValues().get(i);
			if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
					|| change.optionLabels().get(i) == null || change.optionLabels().get(i).isBlank()) {
				throw new InvalidInputException(
						"option " + item.options().get(i).letter() + ": a text and a value from 0 to 1");
			}
		}
		this.catalogue.updateItem(id, itemCode, change);
		this.cache.remove(id);
	}

	/**
	 * Binds new programmes to this version from now on; existing programmes keep theirs.
	 * @param user an administrator
	 * @param id the version
	 */
	@Transactional
	public void makeCurrent(CurrentUser user, long id) {
		summary(user, id);
		this.catalogue.makeCurrent(id);
	}

	private String checkedCode(String code, String name) {
		String cleanCode = (code != null) ? code.trim().toUpperCase(java.util.Locale.ROOT) : "";
		if (!cleanCode.matches("[A-Z0-9][A-Z0-9._-]{1,59}")) {
			throw new InvalidInputException("code: letters, digits, '.', '_' or '-', 2 to 60 characters");
		}
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInputException("name: required, at most 200 characters");
		}
		if (this.catalogue.codeTaken(cleanCode)) {
			throw new ConflictException("a template with code " + cleanCode + " exists already");
		}
		return cleanCode;
	}

	private static void requireAdministrator(CurrentUser user) {
		if (user == null || !user.isAdministrator()) {
			throw new ForbiddenException("LKE templates are managed by administrators");
		}
	}

}
