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
		return new CurrentUser(getId(), this.username, this.fullName, this.passwordHash, this.active, this.grants);
	}

	public String getUsername() {
		return this.username;
	}

}
