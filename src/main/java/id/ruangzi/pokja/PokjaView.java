package id.ruangzi.pokja;

import java.util.List;

/**
 * One pokja of a programme with its members.
 *
 * @param id the pokja
 * @param programmeId its programme
 * @param areaCode its change area, A to F
 * @param name its name, the area's by default
 * @param version for stale-edit detection
 * @param members its members, by position then name
 */
public record PokjaView(long id, long programmeId, String areaCode, String name, long version,
		List<PokjaMember> members) {

	public PokjaView {
		members = List.copyOf(members);
	}

	/**
	 * @param userId a person
	 * @return whether the person sits in this pokja
	 */
	public boolean hasMember(long userId) {
		return this.members.stream().anyMatch((member) -> member.userId() == userId);
	}

}
