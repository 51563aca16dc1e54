package id.ruangzi.organisation.internal;

import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.shared.web.RequestMemo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.MadrasahStatus;
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

	@Enumerated(EnumType.STRING)
	@Column(name = "madrasah_level")
	private MadrasahLevel madrasahLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "madrasah_status")
	private MadrasahStatus madrasahStatus;

	private String address;

	@Column(name = "head_name")
	private String headName;

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

	/**
	 * Changes what describes the unit; its place in the tree changes only through a
	 * subtree move. Level and status are kept for madrasah only.
	 */
	public void describe(String name, UnitType type, MadrasahLevel level, MadrasahStatus status, String address,
			String headName) {
		this.name = name;
		this.type = type;
		boolean madrasah = type == UnitType.MADRASAH;
		this.madrasahLevel = madrasah ? level : null;
		this.madrasahStatus = madrasah ? status : null;
		this.address = address;
		this.headName = headName;
	}

	public void activate() {
		this.active = true;
	}

	public void deactivate() {
		this.active = false;
	}

	/**
	 * Whether the other unit is this one or lies below it.
	 * @param other the unit to test
	 * @return true when {@code other} is in this unit's subtree
	 */
	public boolean contains(Unit other) {
		return other.path.startsWith(this.path);
	}

	public UnitSummary toSummary() {
		return new UnitSummary(getId(), this.code, this.name, this.type, this.parentId, this.path);
	}

	public Long getInstansiId() {
		return this.instansiId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public UnitType getType() {
		return this.type;
	}

	public MadrasahLevel getMadrasahLevel() {
		return this.madrasahLevel;
	}

	public MadrasahStatus getMadrasahStatus() {
		return this.madrasahStatus;
	}

	public String getAddress() {
		return this.address;
	}

	public String getHeadName() {
		return this.headName;
	}

	public String getPath() {
		return this.path;
	}

	public int getDepth() {
		return this.depth;
	}

	public boolean isActive() {
		return this.active;
	}

	// A changed unit must not be served from this request's memo (see RequestMemo).
	@PostPersist
	@PostUpdate
	@PostRemove
	void forgetRemembered() {
		RequestMemo.forget(OrganisationApi.UNITS);
	}

}
