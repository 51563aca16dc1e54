package id.ruangzi.pokja.internal;

import java.util.EnumSet;
import java.util.Set;

import id.ruangzi.assessment.AreaAssignments;
import id.ruangzi.assessment.scoring.Area;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's areas in a programme are those of the pokja they sit in. Depends on the
 * repository only, since the assessment module needs it while it is being built.
 */
@Component
@Transactional(readOnly = true)
class SeatAreas implements AreaAssignments {

	/** The request memo of a person's pokja areas: each rights check asks for them. */
	static final String MEMO = "pokja-areas";

	private final PokjaRepository pokja;

	SeatAreas(PokjaRepository pokja) {
		this.pokja = pokja;
	}

	@Override
	public Set<Area> areasOf(long programmeId, long userId) {
		return id.ruangzi.shared.web.RequestMemo.get(MEMO, programmeId + "/" + userId, (key) -> {
			Set<Area> areas = EnumSet.noneOf(Area.class);
			this.pokja.findAreasOf(programmeId, userId).forEach((code) -> areas.add(Area.valueOf(code)));
			return java.util.Collections.unmodifiableSet(areas);
		});
	}

}
