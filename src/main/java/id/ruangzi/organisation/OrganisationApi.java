package id.ruangzi.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ruangzi.organisation.internal.Instansi;
import id.ruangzi.organisation.internal.InstansiRepository;
import id.ruangzi.organisation.internal.ScopedUnitCache;
import id.ruangzi.organisation.internal.Unit;
import id.ruangzi.organisation.internal.UnitRepository;

import id.ruangzi.shared.web.NotFoundException;
import id.ruangzi.shared.web.RequestMemo;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's facade: agencies and the unit tree.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationApi {

	/**
	 * The request memo of units by id: rights checks ask for the same unit many times.
	 */
	public static final String UNITS = "units";

	// The request memo of held predicates by unit id: saving an answer scores the
	// programme before and after the change, each time with the unit's predicate.
	private static final String HELD = "heldPredicates";

	private final InstansiRepository instansis;

	private final UnitRepository units;

	private final ScopedUnitCache scopedUnits;

	OrganisationApi(InstansiRepository instansis, UnitRepository units, ScopedUnitCache scopedUnits) {
		this.instansis = instansis;
		this.units = units;
		this.scopedUnits = scopedUnits;
	}

	/**
	 * Finds a unit by its code.
	 * @param code the unit code
	 * @return the unit, if it exists
	 */
	public Optional<UnitSummary> findUnit(String code) {
		return this.units.findByCode(code).map(Unit::toSummary);
	}

	/**
	 * Loads several units in one query.
	 * @param ids the unit ids
	 * @return the units that exist, in no particular order
	 */
	public List<UnitSummary> findUnits(Collection<Long> ids) {
		return RequestMemo.all(UNITS, ids,
				(missing) -> this.units.findAllById(missing).stream().map(Unit::toSummary).toList(), UnitSummary::id);
	}

	/**
	 * The units of a scope, optionally only those in the subtree of one unit, ordered by
	 * the tree. One query for the page and one for the count, whatever the tree's size.
	 * @param scope what the user may see
	 * @param under the subtree to list (its root included), or null for the whole scope
	 * @param pageable the page
	 * @return the page of units
	 */
	public Page<UnitListing> visibleUnits(UnitScope scope, UnitSummary under, Pageable pageable) {
		String underPath = (under != null) ? under.path() : "/";
		return this.units.findVisible(scope.everything(), orNone(scope.units()), orNone(scope.subtrees()), underPath,
				pageable);
	}

	/**
	 * Every unit of a scope, optionally only those in the subtree of one unit, ordered by
	 * the tree: the supervisor overview ranks them all. Kept in memory per scope while
	 * the tree does not change, so a call is one small statement (the tree's version)
	 * after the first.
	 * @param scope what the user may see
	 * @param under the subtree to list (its root included), or null for the whole scope
	 * @return the units, unmodifiable
	 */
	public List<UnitListing> unitsInScope(UnitScope scope, UnitSummary under) {
		// Unpaged: the list query of visibleUnits without its count.
		return this.scopedUnits.get(scope, (under != null) ? under.path() : "/",
				() -> visibleUnits(scope, under, Pageable.unpaged(Sort.by("path"))).getContent());
	}

	/**
	 * The predicate a unit holds now: NONE, WBK or WBBM.
	 * @param unitId the unit
	 * @return the predicate's name
	 */
	public String heldPredicate(long unitId) {
		return RequestMemo.get(HELD, unitId, this.units::heldPredicate);
	}

	/**
	 * The predicates several units hold, in one query.
	 * @param unitIds the units
	 * @return unit id to NONE, WBK or WBBM
	 */
	public java.util.Map<Long, String> heldPredicates(Collection<Long> unitIds) {
		java.util.Map<Long, String> held = new java.util.HashMap<>();
		if (!unitIds.isEmpty()) {
			this.units.heldPredicates(unitIds)
				.forEach((row) -> held.put(((Number) row[0]).longValue(), (String) row[1]));
		}
		return held;
	}

	/**
	 * Records the predicate a unit was awarded (penetapan).
	 * @param unitCode the unit
	 * @param predicate NONE, WBK or WBBM
	 * @param year the year of the award, null for NONE
	 */
	@Transactional
	public void recordHeldPredicate(String unitCode, String predicate, Integer year) {
		RequestMemo.forget(HELD);
		if (this.units.updateHeldPredicate(unitCode, predicate, year) != 1) {
			throw new NotFoundException("unit " + unitCode);
		}
	}

	/**
	 * Whether a unit lies in a scope.
	 * @param scope what the user may see
	 * @param unit the unit
	 * @return true when visible
	 */
	public boolean isVisible(UnitScope scope, UnitSummary unit) {
		return scope.everything() || scope.units().contains(unit.id())
				|| scope.subtrees().stream().anyMatch((root) -> unit.path().contains("/" + root + "/"));
	}

	// An empty IN list is not valid SQL; -1 is an id no row has.
	private static Collection<Long> orNone(Set<Long> ids) {
		return ids.isEmpty() ? Set.of(-1L) : ids;
	}

	/**
	 * Creates an agency unless one with the code exists.
	 * @param code the agency code
	 * @param name the agency name
	 */
	@Transactional
	public void ensureInstansi(String code, String name) {
		if (this.instansis.findByCode(code).isEmpty()) {
			this.instansis.save(new Instansi(code, name));
		}
	}

	/**
	 * Creates a unit unless one with the code exists.
	 * @param unit the unit to create
	 * @return the existing or new unit
	 */
	@Transactional
	public UnitSummary ensureUnit(NewUnit unit) {
		Optional<Unit> existing = this.units.findByCode(unit.code());
		if (existing.isPresent()) {
			return existing.get().toSummary();
		}
		Instansi instansi = this.instansis.findByCode(unit.instansiCode())
			.orElseThrow(() -> new IllegalArgumentException("Unknown instansi " + unit.instansiCode()));
		Unit parent = (unit.parentCode() != null) ? this.units.findByCode(unit.parentCode())
			.orElseThrow(() -> new IllegalArgumentException("Unknown parent unit " + unit.parentCode())) : null;
		Unit created = this.units
			.saveAndFlush(new Unit(instansi.getId(), unit.code(), unit.name(), unit.type(), parent));
		created.placeUnder(parent);
		return created.toSummary();
	}

}
