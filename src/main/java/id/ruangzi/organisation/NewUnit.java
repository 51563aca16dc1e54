package id.ruangzi.organisation;

/**
 * A unit to create.
 *
 * @param instansiCode the agency the unit belongs to
 * @param code the unique code
 * @param name the name
 * @param type the kind of unit
 * @param parentCode the parent's code, or null for a top unit of the agency
 */
public record NewUnit(String instansiCode, String code, String name, UnitType type, String parentCode) {

}
