package id.ruangzi.organisation.internal;

import java.util.Collection;
import java.util.Optional;

import id.ruangzi.organisation.UnitListing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

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

}
