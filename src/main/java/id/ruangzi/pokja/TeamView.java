package id.ruangzi.pokja;

import java.time.LocalDate;
import java.util.List;

/**
 * The Tim Kerja ZI of a programme.
 *
 * @param id the team
 * @param programmeId its programme
 * @param decreeNumber the number of its SK, or null
 * @param decreeDate the date of its SK, or null
 * @param version for stale-edit detection
 * @param pokja its six pokja in area order
 */
public record TeamView(long id, long programmeId, String decreeNumber, LocalDate decreeDate, long version,
		List<PokjaView> pokja) {

	public TeamView {
		pokja = List.copyOf(pokja);
	}

}
