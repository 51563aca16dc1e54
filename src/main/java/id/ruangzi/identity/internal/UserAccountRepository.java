package id.ruangzi.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.ruangzi.identity.Person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = "grants")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * One page of people whose username or full name matches a lower-case LIKE pattern,
	 * as a projection (and one count). Roles come from {@link #findGrantsOf}.
	 */
	@Query(value = """
			select new id.ruangzi.identity.internal.UserRow(u.id, u.username, u.fullName, u.nip, u.email,
			       u.active, u.mustChangePassword)
			from UserAccount u
			where lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
			order by lower(u.username)
			""", countQuery = """
			select count(u) from UserAccount u
			where lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
			""")
	Page<UserRow> search(String pattern, Pageable pageable);

	/** The role grants of several people in one query. */
	@Query("select new id.ruangzi.identity.internal.GrantRow(u.id, g.role, g.unitId) from UserAccount u join u.grants g where u.id in :userIds")
	List<GrantRow> findGrantsOf(Collection<Long> userIds);

	/** Everyone holding a role on one unit, one line per role. */
	@Query("""
			select new id.ruangzi.identity.internal.UnitPerson(u.username, u.fullName, g.role, u.active)
			from UserAccount u join u.grants g
			where g.unitId = :unitId
			order by g.role, u.fullName
			""")
	List<UnitPerson> findPeopleOfUnit(long unitId);

	/** Which of the given lower-case usernames are taken, in one query. */
	@Query("select lower(u.username) from UserAccount u where lower(u.username) in :usernames")
	List<String> findTakenUsernames(Collection<String> usernames);

	/** People by id, in one query. */
	@Query("select new id.ruangzi.identity.Person(u.id, u.username, u.fullName, u.email, u.active) from UserAccount u where u.id in :ids order by u.fullName")
	List<Person> findPeople(Collection<Long> ids);

	/** The active people holding any role on one unit, each once. */
	@Query("""
			select distinct new id.ruangzi.identity.Person(u.id, u.username, u.fullName, u.email, u.active)
			from UserAccount u join u.grants g
			where g.unitId = :unitId and u.active = true
			order by u.fullName
			""")
	List<Person> findActivePeopleOfUnit(long unitId);

	/** The active people holding one role on any of the given units, each once. */
	@Query("""
			select distinct new id.ruangzi.identity.Person(u.id, u.username, u.fullName, u.email, u.active)
			from UserAccount u join u.grants g
			where g.role = :role and g.unitId in :unitIds and u.active = true
			order by u.fullName
			""")
	List<Person> findActiveHoldersOf(id.ruangzi.identity.Role role, Collection<Long> unitIds);

	/** Who holds one role on which of the given units, active people only. */
	@Query("""
			select new id.ruangzi.identity.RoleHolder(u.id, g.unitId)
			from UserAccount u join u.grants g
			where g.role = :role and g.unitId in :unitIds and u.active = true
			""")
	List<id.ruangzi.identity.RoleHolder> findActiveHoldings(id.ruangzi.identity.Role role, Collection<Long> unitIds);

	/** A person by login name. */
	@Query("select new id.ruangzi.identity.Person(u.id, u.username, u.fullName, u.email, u.active) from UserAccount u where lower(u.username) = lower(:username)")
	Optional<Person> findPerson(String username);

}
