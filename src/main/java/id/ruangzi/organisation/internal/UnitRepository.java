package id.ruangzi.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.ruangzi.organisation.UnitListing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByCodeIn(Collection<String> codes);

	boolean existsByParentId(Long parentId);

	@Query("""
			select new id.ruangzi.organisation.internal.UnitDetails(u.code, u.name, u.type, u.madrasahLevel,
			    u.madrasahStatus, u.address, u.headName, p.code, i.code, u.active, u.version)
			from Unit u join Instansi i on i.id = u.instansiId left join Unit p on p.id = u.parentId
			where u.code = :code
			""")
	Optional<UnitDetails> findDetails(String code);

	/**
	 * Moves a unit with everything below it in one statement: the old path prefix is
	 * replaced by the new one and depths shift by the same amount. Versions go up so that
	 * an edit opened before the move cannot write the old path back.
	 * @param unitId the unit that moves
	 * @param oldPath its path before the move
	 * @param newPath its path after the move
	 * @param depthShift new depth minus old depth
	 * @param parentId the new parent, null for a top unit
	 * @param instansiId the agency of the new parent (the subtree follows it)
	 * @return the number of units moved, the subtree's size
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			update unit
			set path = :newPath || substring(path from length(:oldPath) + 1),
			    depth = depth + :depthShift,
			    instansi_id = :instansiId,
			    parent_id = case when id = :unitId then cast(:parentId as bigint) else parent_id end,
			    version = version + 1,
			    updated_at = now()
			where path like :oldPath || '%'
			""")
	int moveSubtree(long unitId, String oldPath, String newPath, int depthShift, Long parentId, long instansiId);

	/**
	 * Units in a scope, optionally under a path, as one projection query (and one count).
	 * Collections must not be empty: pass {@code -1} for "none".
	 */
	@Query(value = """
			select new id.ruangzi.organisation.UnitListing(u.id, u.code, u.name, u.type, p.code, u.depth, u.active)
			from Unit u left join Unit p on p.id = u.parentId
			where (:everything = true or u.id in :units
			       or exists (select 1 from Unit r where r.id in :subtrees and u.path like concat(r.path, '%')))
			  and u.path like concat(:underPath, '%')
			""", countQuery = """
			select count(u) from Unit u
			where (:everything = true or u.id in :units
			       or exists (select 1 from Unit r where r.id in :subtrees and u.path like concat(r.path, '%')))
			  and u.path like concat(:underPath, '%')
			""")
	Page<UnitListing> findVisible(boolean everything, Collection<Long> units, Collection<Long> subtrees,
			String underPath, Pageable pageable);

	@Query(value = "select held_predicate from unit where id = :id", nativeQuery = true)
	String heldPredicate(long id);

	@Query(value = "select id, held_predicate from unit where id in (:ids)", nativeQuery = true)
	List<Object[]> heldPredicates(Collection<Long> ids);

	@org.springframework.data.jpa.repository.Modifying
	@Query(value = "update unit set held_predicate = :predicate, held_predicate_year = :year where code = :code",
			nativeQuery = true)
	int updateHeldPredicate(String code, String predicate, Integer year);

	@Query(value = "select held_predicate as predicate, held_predicate_year as year from unit where code = :code",
			nativeQuery = true)
	Optional<HeldPredicateRow> findHeldPredicateRow(String code);

	default Optional<HeldPredicate> findHeldPredicate(String code) {
		return findHeldPredicateRow(code).map((row) -> new HeldPredicate(row.getPredicate(), row.getYear()));
	}

	interface HeldPredicateRow {

		String getPredicate();

		Integer getYear();

	}

}
