package id.ruangzi.organisation.internal;

import java.util.List;
import java.util.Objects;

import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.shared.web.NotFoundException;
import id.ruangzi.shared.web.RequestMemo;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' changes to the unit tree: create, describe, move, (de)activate and
 * delete. Subtrees are read and moved through the materialised path, never by walking the
 * tree in Java. Who may call this is decided by the web layer (administrators only).
 */
@Service
public class UnitAdministration {

	static final int PAGE_SIZE = 50;

	private final UnitRepository units;

	private final InstansiRepository instansis;

	private final UnitTree tree;

	private final TransactionTemplate transactions;

	UnitAdministration(UnitRepository units, InstansiRepository instansis, UnitTree tree,
			TransactionTemplate transactions) {
		this.units = units;
		this.instansis = instansis;
		this.tree = tree;
		this.transactions = transactions;
	}

	@Transactional(readOnly = true)
	public Page<UnitTreeRow> tree(String query, int page) {
		return this.tree.page(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public List<InstansiOption> instansis() {
		return this.instansis.findOptions();
	}

	/**
	 * @param code the unit
	 * @return the predicate it holds (NONE, WBK, WBBM) and since when, e.g. "WBK 2024"
	 */
	@Transactional(readOnly = true)
	public HeldPredicate heldPredicate(String code) {
		return this.units.findHeldPredicate(code).orElseThrow(() -> new NotFoundException("unit " + code));
	}

	@Transactional(readOnly = true)
	public UnitDetails details(String code) {
		return this.units.findDetails(code).orElseThrow(() -> new NotFoundException("unit " + code));
	}

	/**
	 * Creates a unit under its parent.
	 * @param change the new unit
	 * @return the new unit's code
	 */
	@Transactional
	public String create(UnitChange change) {
		if (this.units.findByCode(change.code()).isPresent()) {
			throw new UnitFieldException("code", "organisation.unit.error.codeTaken", change.code());
		}
		Unit parent = parentOf(change);
		Instansi instansi = instansiFor(change, parent);
		Unit unit = this.units
			.saveAndFlush(new Unit(instansi.getId(), change.code(), change.name(), change.type(), parent));
		describe(unit, change);
		unit.placeUnder(parent);
		return unit.getCode();
	}

	/**
	 * Changes a unit and, when its parent or agency changes, moves its whole subtree in
	 * one statement.
	 * @param code the unit's code
	 * @param version the version the edit started from
	 * @param change the unit as the administrator left it
	 */
	@Transactional
	public void update(String code, Long version, UnitChange change) {
		Unit unit = load(code);
		if (version == null || version != unit.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
		}
		Unit parent = parentOf(change);
		if (parent != null && unit.contains(parent)) {
			throw new UnitFieldException("parentCode", "organisation.unit.error.cycle", parent.getCode());
		}
		Instansi instansi = instansiFor(change, parent);
		describe(unit, change);
		Long parentId = (parent != null) ? parent.getId() : null;
		if (!Objects.equals(parentId, unit.getParentId()) || !instansi.getId().equals(unit.getInstansiId())) {
			moveSubtree(unit, parent, instansi);
		}
	}

	@Transactional
	public void activate(String code) {
		load(code).activate();
	}

	@Transactional
	public void deactivate(String code) {
		load(code).deactivate();
	}

	/**
	 * Deletes a unit that nothing depends on. Other modules refer to units by foreign
	 * keys this module cannot see, so the database decides: a violated constraint means
	 * "in use", and the transaction is rolled back.
	 * @param code the unit's code
	 * @return what happened
	 */
	public DeletionOutcome delete(String code) {
		try {
			return this.transactions.execute((status) -> {
				Unit unit = load(code);
				if (this.units.existsByParentId(unit.getId())) {
					return DeletionOutcome.HAS_CHILDREN;
				}
				this.units.delete(unit);
				this.units.flush();
				return DeletionOutcome.DELETED;
			});
		}
		catch (DataIntegrityViolationException ex) {
			return DeletionOutcome.IN_USE;
		}
	}

	int moveSubtree(Unit unit, Unit parent, Instansi instansi) {
		String newPath = ((parent != null) ? parent.getPath() : "/") + unit.getId() + "/";
		int newDepth = (parent != null) ? parent.getDepth() + 1 : 0;
		RequestMemo.forget(OrganisationApi.UNITS);
		return this.units.moveSubtree(unit.getId(), unit.getPath(), newPath, newDepth - unit.getDepth(),
				(parent != null) ? parent.getId() : null, instansi.getId());
	}

	private static void describe(Unit unit, UnitChange change) {
		unit.describe(change.name(), change.type(), change.madrasahLevel(), change.madrasahStatus(),
				blankToNull(change.address()), blankToNull(change.headName()));
	}

	private Unit load(String code) {
		return this.units.findByCode(code).orElseThrow(() -> new NotFoundException("unit " + code));
	}

	private Unit parentOf(UnitChange change) {
		String parentCode = blankToNull(change.parentCode());
		if (parentCode == null) {
			return null;
		}
		return this.units.findByCode(parentCode)
			.orElseThrow(
					() -> new UnitFieldException("parentCode", "organisation.unit.error.parentUnknown", parentCode));
	}

	private Instansi instansiFor(UnitChange change, Unit parent) {
		Instansi instansi = this.instansis.findByCode(change.instansiCode())
			.orElseThrow(() -> new UnitFieldException("instansiCode", "organisation.unit.error.instansiUnknown",
					change.instansiCode()));
		if (parent != null && !parent.getInstansiId().equals(instansi.getId())) {
			throw new UnitFieldException("instansiCode", "organisation.unit.error.instansiDiffers", parent.getCode());
		}
		return instansi;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
