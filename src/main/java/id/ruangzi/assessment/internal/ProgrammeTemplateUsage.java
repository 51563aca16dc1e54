package id.ruangzi.assessment.internal;

import java.util.HashMap;
import java.util.Map;

import id.ruangzi.catalogue.TemplateUsage;

import org.springframework.stereotype.Component;

@Component
class ProgrammeTemplateUsage implements TemplateUsage {

	private final ProgrammeRepository programmes;

	ProgrammeTemplateUsage(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	@Override
	public Map<Long, Long> programmesPerTemplate() {
		Map<Long, Long> counts = new HashMap<>();
		this.programmes.countPerTemplate().forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

}
