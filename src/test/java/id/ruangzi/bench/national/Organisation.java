package id.ruangzi.bench.national;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generated unit tree under KEMENAG and its people: Kanwil, then Kankemenag (spread
 * round-robin over the Kanwil), then madrasah and KUA (spread over the Kankemenag), so
 * that at full scale every Kanwil has about 300 units below it. Every unit gets five
 * people: a unit head, a team lead, a coordinator and a member, plus a second member
 * (madrasah, KUA) or a supervisor of the office's subtree (Kanwil, Kankemenag).
 */
final class Organisation {

	static final String[] USER_PREFIX = { "kepala", "ketua", "koordinator", "anggota" };

	final List<GeneratedUnit> units = new ArrayList<>();

	final long userBase;

	private final NationalShape shape;

	Organisation(NationalShape shape, long unitBase, long userBase) {
		this.shape = shape;
		this.userBase = userBase;
		long id = unitBase;
		for (int k = 0; k < shape.kanwil(); k++) {
			String code = String.format(Locale.ROOT, "NKW-%02d", k + 1);
			add(++id, null, code, "Kanwil Kemenag Provinsi " + Names.province(k), "KANWIL", null);
		}
		// The first Kanwil gets ten more Kankemenag than the others (about 500 units
		// below it
		// at full scale instead of about 300), so that the load benchmark's Kanwil
		// overview
		// also shows issue 7's "500 units well under 300 ms".
		int extra = Math.min(shape.kankemenag() - 1, (int) Math.round(shape.kankemenag() / 50.0));
		for (int k = 0; k < shape.kankemenag(); k++) {
			GeneratedUnit parent = this.units.get((k < extra) ? 0 : (k - extra) % shape.kanwil());
			String code = String.format(Locale.ROOT, "NKK-%03d", k + 1);
			add(++id, parent, code, "Kankemenag Kabupaten " + Names.place(k), "KANKEMENAG", null);
		}
		String[] levels = { "MI", "MTS", "MA" };
		for (int k = 0; k < shape.leaves(); k++) {
			GeneratedUnit parent = this.units.get(shape.kanwil() + k % shape.kankemenag());
			if (k % 4 == 3) {
				add(++id, parent, String.format(Locale.ROOT, "NKUA-%05d", k + 1), "KUA Kecamatan " + Names.place(k),
						"KUA", null);
			}
			else {
				String level = levels[k % 3];
				String label = switch (level) {
					case "MI" -> "MIN";
					case "MTS" -> "MTsN";
					default -> "MAN";
				};
				add(++id, parent, String.format(Locale.ROOT, "NMD-%05d", k + 1),
						label + " " + (k / 3 + 1) + " " + Names.place(k / 7), "MADRASAH", level);
			}
		}
	}

	private void add(long id, GeneratedUnit parent, String code, String name, String type, String level) {
		String path = ((parent != null) ? parent.path() : "/") + id + "/";
		int depth = (parent != null) ? parent.depth() + 1 : 0;
		this.units.add(new GeneratedUnit(this.units.size(), id, parent, code, name, type, level, path, depth));
	}

	/**
	 * The id of a unit's k-th person (0 head, 1 team lead, 2 coordinator, 3 member, 4
	 * other).
	 */
	long user(GeneratedUnit unit, int k) {
		return this.userBase + (long) unit.index() * NationalShape.USERS_PER_UNIT + k + 1;
	}

	static String username(GeneratedUnit unit, int k) {
		String prefix = (k < 4) ? USER_PREFIX[k] : unit.office() ? "pembina" : "anggota2";
		return prefix + "." + unit.code().toLowerCase(Locale.ROOT);
	}

	/**
	 * The second member seated in pokja: the fifth person of a madrasah, else the member.
	 */
	long secondMember(GeneratedUnit unit) {
		return user(unit, unit.office() ? 3 : 4);
	}

	void write(Connection connection, long instansiId, String passwordHash) throws SQLException {
		try (Copy copy = Copy.into(connection, "unit (id, instansi_id, parent_id, code, name, type, madrasah_level, "
				+ "madrasah_status, head_name, path, depth)")) {
			for (GeneratedUnit unit : this.units) {
				copy.row(unit.id(), instansiId, (unit.parent() != null) ? unit.parent().id() : null, unit.code(),
						unit.name(), unit.type(), unit.level(), (unit.level() != null) ? "NEGERI" : null,
						unit.headName(), unit.path(), unit.depth());
			}
		}
		String[] roles = { "UNIT_HEAD", "TEAM_LEAD", "COORDINATOR", "MEMBER" };
		try (Copy users = Copy.into(connection, "user_account (id, username, full_name, password_hash)")) {
			for (GeneratedUnit unit : this.units) {
				for (int k = 0; k < NationalShape.USERS_PER_UNIT; k++) {
					String name = (k == 0) ? unit.headName() : fullName(unit, k);
					users.row(user(unit, k), username(unit, k), name, passwordHash);
				}
			}
		}
		try (Copy grants = Copy.into(connection, "role_assignment (user_id, role, unit_id)")) {
			for (GeneratedUnit unit : this.units) {
				for (int k = 0; k < NationalShape.USERS_PER_UNIT; k++) {
					String role = (k < 4) ? roles[k] : unit.office() ? "SUPERVISOR" : "MEMBER";
					grants.row(user(unit, k), role, unit.id());
				}
			}
		}
	}

	/** Names are a function of unit and position, so every pass agrees on them. */
	static String fullName(GeneratedUnit unit, int k) {
		return Names.person(new SplittableRandom(unit.id() * 7 + k));
	}

	/**
	 * A generated unit.
	 *
	 * @param index position in generation order (Kanwil, Kankemenag, madrasah/KUA)
	 */
	record GeneratedUnit(int index, long id, GeneratedUnit parent, String code, String name, String type, String level,
			String path, int depth) {

		boolean office() {
			return "KANWIL".equals(this.type) || "KANKEMENAG".equals(this.type);
		}

		String headName() {
			return fullName(this, 0);
		}

		GeneratedUnit kanwil() {
			return (this.parent == null) ? this : this.parent.kanwil();
		}

	}

}
