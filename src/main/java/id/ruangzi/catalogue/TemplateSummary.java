package id.ruangzi.catalogue;

/**
 * A template version in the catalogue's list.
 *
 * @param id the template's id
 * @param code the unique code
 * @param name the name
 * @param regulation the regulation it implements
 * @param clonedFromCode the code of the version it was cloned from, if any
 * @param current whether new programmes are bound to it
 * @param programmes how many programmes are bound to it (then it is read-only)
 */
public record TemplateSummary(long id, String code, String name, String regulation, String clonedFromCode,
		boolean current, long programmes) {

	public boolean editable() {
		return this.programmes == 0;
	}

}
