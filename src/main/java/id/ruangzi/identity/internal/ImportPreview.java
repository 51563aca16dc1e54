package id.ruangzi.identity.internal;

import java.util.List;

/**
 * What an import would do: the people it would create, or why it cannot.
 *
 * @param people the rows read, without their passwords
 * @param problems every problem found, by row; empty when the file can be applied
 * @param digest identifies the previewed content, so that only what was shown is applied
 */
public record ImportPreview(List<ImportedPerson> people, List<RowProblem> problems, String digest) {

	public boolean applicable() {
		return this.problems.isEmpty() && !this.people.isEmpty();
	}

	/**
	 * A person the import would create.
	 *
	 * @param row the row number
	 * @param username the login name
	 * @param fullName the full name
	 * @param nip the NIP, or null
	 * @param email the e-mail address, or null
	 * @param roles the roles as written in the file
	 */
	public record ImportedPerson(int row, String username, String fullName, String nip, String email, String roles) {

	}

}
