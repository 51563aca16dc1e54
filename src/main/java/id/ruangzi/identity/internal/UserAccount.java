package id.ruangzi.identity.internal;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.RoleGrant;
import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

	private String username;

	@Column(name = "full_name")
	private String fullName;

	private String nip;

	private String email;

	private String phone;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean active = true;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "role_assignment", joinColumns = @JoinColumn(name = "user_id"))
	private Set<RoleGrant> grants = new HashSet<>();

	protected UserAccount() {
	}

	public UserAccount(String username, String fullName, String passwordHash, Set<RoleGrant> grants) {
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.grants.addAll(grants);
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), this.username, this.fullName, this.passwordHash, this.active, this.grants,
				this.mustChangePassword);
	}

	/**
	 * Replaces the contact details; blank values are stored as null (the NIP check allows
	 * only null or 18 digits).
	 */
	void describe(String fullName, String nip, String email, String phone) {
		this.fullName = fullName;
		this.nip = nip;
		this.email = email;
		this.phone = phone;
	}

	/**
	 * Sets a new password hash.
	 * @param passwordHash the encoded password
	 * @param temporary true when someone else chose it, so the person must replace it
	 */
	void changePassword(String passwordHash, boolean temporary) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	boolean grant(RoleGrant grant) {
		return this.grants.add(grant);
	}

	boolean revoke(RoleGrant grant) {
		return this.grants.remove(grant);
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getNip() {
		return this.nip;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Set<RoleGrant> getGrants() {
		return Set.copyOf(this.grants);
	}

}
