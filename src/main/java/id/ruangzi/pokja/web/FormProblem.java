package id.ruangzi.pokja.web;

/**
 * A refused form on a page with many small forms: which form, which field, and the
 * message key that explains it. The page shows it beside that field only.
 *
 * @param form the form, such as {@code member-3}
 * @param field the field
 * @param messageKey the explanation
 */
public record FormProblem(String form, String field, String messageKey) {

	/**
	 * @param form a form of the page
	 * @param field one of its fields
	 * @return whether this problem belongs there
	 */
	public boolean is(String form, String field) {
		return this.form.equals(form) && this.field.equals(field);
	}

	/**
	 * @param form a form of the page
	 * @return whether this problem belongs to that form
	 */
	public boolean in(String form) {
		return this.form.equals(form);
	}

}
