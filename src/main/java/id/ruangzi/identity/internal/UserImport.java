package id.ruangzi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Role;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.identity.internal.ImportPreview.ImportedPerson;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates many people with their roles from a CSV file, all or nothing: the file is
 * checked in full (preview), and checked again when applied, in one transaction. Imported
 * people must change their password at their first login.
 */
@Service
@Transactional
public class UserImport {

	private final UserAccountRepository users;

	private final OrganisationApi organisation;

	private final PasswordEncoder passwordEncoder;

	UserImport(UserAccountRepository users, OrganisationApi organisation, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(CurrentUser caller, String content) {
		UserAdministration.requireAdministrator(caller);
		// No accounts are built, so no password is hashed: a preview stays quick.
		return check(content, null);
	}

	/**
	 * Creates every person of the file, or nobody when any row has a problem.
	 * @return how many people were created
	 * @throws ImportRejected when the file has problems
	 */
	public int apply(CurrentUser caller, String content) {
		UserAdministration.requireAdministrator(caller);
		List<UserAccount> accounts = new ArrayList<>();
		ImportPreview preview = check(content, accounts);
		if (!preview.applicable()) {
			throw new ImportRejected(preview);
		}
		this.users.saveAllAndFlush(accounts);
		return accounts.size();
	}

	// Fills accounts (when given) with the people to create.
	private ImportPreview check(String content, List<UserAccount> accounts) {
		List<RowProblem> problems = new ArrayList<>();
		List<CsvUsers.Row> rows = CsvUsers.read(content, problems);
		Set<String> taken = new HashSet<>(this.users.findTakenUsernames(rows.stream()
			.map((row) -> row.username().toLowerCase(Locale.ROOT))
			.filter((name) -> !name.isEmpty())
			.toList()));
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Optional<UnitSummary>> units = new HashMap<>();
		List<ImportedPerson> people = new ArrayList<>();
		for (CsvUsers.Row row : rows) {
			int before = problems.size();
			String username = row.username();
			String lower = username.toLowerCase(Locale.ROOT);
			if (!UserRules.validUsername(username)) {
				problems.add(new RowProblem(row.number(), "identity.user.username.invalid"));
			}
			else if (seen.containsKey(lower)) {
				problems.add(new RowProblem(row.number(), "identity.import.error.duplicateInFile", seen.get(lower)));
			}
			else if (taken.contains(lower)) {
				problems.add(new RowProblem(row.number(), "identity.user.username.taken"));
			}
			seen.putIfAbsent(lower, row.number());
			PersonDetails details = new PersonDetails(row.fullName(), row.nip(), row.email(), row.phone());
			checkDetails(row.number(), details, problems);
			UserRules.passwordProblem(username, row.password())
				.ifPresent((key) -> problems.add(new RowProblem(row.number(), key)));
			Set<RoleGrant> grants = grants(row, units, problems);
			people.add(new ImportedPerson(row.number(), username, details.fullName(), details.nip(), details.email(),
					row.roles()));
			if (accounts != null && problems.size() == before) {
				String hash = this.passwordEncoder.encode(row.password());
				UserAccount account = new UserAccount(username, details.fullName(), hash, grants);
				account.describe(details.fullName(), details.nip(), details.email(), details.phone());
				account.changePassword(hash, true);
				accounts.add(account);
			}
		}
		return new ImportPreview(people, problems, digestOf(content));
	}

	private static void checkDetails(int row, PersonDetails details, List<RowProblem> problems) {
		if (details.fullName() == null) {
			problems.add(new RowProblem(row, "identity.import.error.required", "full_name"));
		}
		else if (details.fullName().length() > 200) {
			problems.add(new RowProblem(row, "identity.user.fullName.tooLong"));
		}
		if (!UserRules.validNip(details.nip())) {
			problems.add(new RowProblem(row, "identity.user.nip.invalid"));
		}
		if (!UserRules.validEmail(details.email())) {
			problems.add(new RowProblem(row, "identity.user.email.invalid"));
		}
		if (!UserRules.validPhone(details.phone())) {
			problems.add(new RowProblem(row, "identity.user.phone.invalid"));
		}
	}

	// Roles are written "UNIT_HEAD@MTSN2-BDL;MEMBER@MIN1-BDL" or "ADMINISTRATOR".
	private Set<RoleGrant> grants(CsvUsers.Row row, Map<String, Optional<UnitSummary>> units,
			List<RowProblem> problems) {
		Set<RoleGrant> grants = new LinkedHashSet<>();
		for (String token : row.roles().split(";")) {
			String entry = token.trim();
			if (entry.isEmpty()) {
				continue;
			}
			int at = entry.indexOf('@');
			String roleName = ((at < 0) ? entry : entry.substring(0, at)).trim().toUpperCase(Locale.ROOT);
			String unitCode = (at < 0) ? null : entry.substring(at + 1).trim();
			Optional<Role> role = java.util.Arrays.stream(Role.values())
				.filter((candidate) -> candidate.name().equals(roleName))
				.findFirst();
			if (role.isEmpty()) {
				problems.add(new RowProblem(row.number(), "identity.import.error.role", entry));
			}
			else if (role.get() == Role.ADMINISTRATOR) {
				grants.add(RoleGrant.administrator());
			}
			else if (unitCode == null || unitCode.isEmpty()) {
				problems.add(new RowProblem(row.number(), "identity.import.error.unitMissing", entry));
			}
			else {
				units.computeIfAbsent(unitCode, this.organisation::findUnit)
					.ifPresentOrElse((unit) -> grants.add(new RoleGrant(role.get(), unit.id())),
							() -> problems.add(new RowProblem(row.number(), "identity.import.error.unit", unitCode)));
			}
		}
		return grants;
	}

	/**
	 * Identifies a file's content.
	 * @param content the content
	 * @return the SHA-256 of the content, in hex
	 */
	public static String digestOf(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(((content != null) ? content : "").getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
