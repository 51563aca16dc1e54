package id.ruangzi.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "instansi")
public class Instansi extends BaseEntity {

	private String code;

	private String name;

	protected Instansi() {
	}

	public Instansi(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

}
