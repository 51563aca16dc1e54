package id.ruangzi.pokja.internal;

/**
 * How many changes a period holds, and how many of them are integrated.
 *
 * @param changes the changes
 * @param integrated of those, the integrated ones
 */
public record ChangeTally(long changes, long integrated) {

}
