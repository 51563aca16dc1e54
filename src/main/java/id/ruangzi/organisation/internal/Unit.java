package id.ruangzi.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.shared.jpa.BaseEntity;

/**
 * A work unit in its agency's tree. Parent and agency are kept as ids: the tree is read
 * through the materialised {@code path}, never by walking associations.
 */
@Entity
@Table(name = "unit")
public class Unit extends BaseEntity {

	@Column(name = "instansi_id")
	private Long instansiId;

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	private String path;

	private int depth;

	private boolean active = true;

	protected Unit() {
	}

	public Unit(Long instansiId, String code, String name, UnitType type, Unit parent) {
		this.instansiId = instansiId;
		this.code = code;
		this.name = name;
		this.type = type;
		// Provisional until the id is known; placeUnder completes it after the first
		// flush.
		this.path = (parent != null) ? parent.path : "/";
	}

	/**
	 * Places the unit in the tree; needs the unit's own id, so it runs after the first
	 * flush.
	 * @param parent the parent, or null for a top unit
	 */
	public void placeUnder(Unit parent) {
		this.parentId = (parent != null) ? parent.getId() : null;
		String parentPath = (parent != null) ? parent.path : "/";
		this.path = parentPath + getId() + "/";
		this.depth = (parent != null) ? parent.depth + 1 : 0;
	}

	public UnitSummary toSummary() {
		return new UnitSummary(getId(), this.code, this.name, this.type, this.parentId, this.path);
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

}
