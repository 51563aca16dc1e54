package id.ruangzi.organisation.internal;

/**
 * An agency as a choice in a form.
 *
 * @param code the agency code
 * @param name the agency name
 */
public record InstansiOption(String code, String name) {

}
