package id.ruangzi.pokja;

/**
 * A person's seat in a pokja, with what jobs need to match it to tasks.
 *
 * @param programmeId the pokja's programme
 * @param pokjaId the pokja
 * @param areaCode its area
 * @param userId the person
 */
public record PokjaSeat(long programmeId, long pokjaId, String areaCode, long userId) {

}
