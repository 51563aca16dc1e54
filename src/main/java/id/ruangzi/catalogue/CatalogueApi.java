package id.ruangzi.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.ruangzi.catalogue.internal.TemplateReader;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * The catalogue module's facade: LKE template versions.
 */
@Service
public class CatalogueApi {

	/** The template new programmes are bound to until administrators publish another. */
	public static final String CURRENT_TEMPLATE = "LKE-ZI-PERMENPANRB-90-2021";

	private final TemplateReader reader;

	// Template versions bound to programmes are read-only, so a version never changes
	// once
	// read; editing of unbound clones must evict its entry when it lands.
	private final Map<Long, TemplateData> cache = new ConcurrentHashMap<>();

	CatalogueApi(TemplateReader reader) {
		this.reader = reader;
	}

	/**
	 * The id of the template version new programmes use.
	 * @return the template id
	 */
	public long currentTemplateId() {
		return this.reader.idOf(CURRENT_TEMPLATE)
			.orElseThrow(() -> new NotFoundException("template " + CURRENT_TEMPLATE));
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

}
