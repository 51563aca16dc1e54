package id.ruangzi.pokja;

/**
 * A person's seat in a pokja.
 *
 * @param userId the person
 * @param username their login name
 * @param fullName their full name
 * @param position their position in the pokja
 */
public record PokjaMember(long userId, String username, String fullName, PokjaPosition position) {

}
