package id.ruangzi.organisation.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.ruangzi.organisation.MadrasahLevel;
import id.ruangzi.organisation.MadrasahStatus;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.organisation.internal.UnitChange;
import id.ruangzi.organisation.internal.UnitDetails;

/**
 * The unit form. Codes are upper-cased, so "mtsn2-bdl" and "MTSN2-BDL" are one code and
 * no code can clash with the fixed paths {@code /new} and {@code /import}.
 */
record UnitForm(
		@NotBlank(message = "{organisation.unit.code.required}") @Pattern(regexp = CODE,
				message = "{organisation.unit.code.invalid}") String code,
		@NotBlank(message = "{organisation.unit.name.required}") @Size(max = 200,
				message = "{organisation.unit.name.tooLong}") String name,
		@NotNull(message = "{organisation.unit.type.required}") UnitType type, MadrasahLevel madrasahLevel,
		MadrasahStatus madrasahStatus, @Size(max = 500, message = "{organisation.unit.address.tooLong}") String address,
		@Size(max = 200, message = "{organisation.unit.headName.tooLong}") String headName, String parentCode,
		@NotBlank(message = "{organisation.unit.instansi.required}") String instansiCode, Long version) {

	static final String CODE = "[A-Z0-9][A-Z0-9._-]{0,39}";

	UnitForm {
		code = upper(code);
		parentCode = upper(parentCode);
		name = (name != null) ? name.strip() : null;
	}

	static UnitForm empty() {
		return new UnitForm(null, null, null, null, null, null, null, null, null, null);
	}

	static UnitForm of(UnitDetails unit) {
		return new UnitForm(unit.code(), unit.name(), unit.type(), unit.madrasahLevel(), unit.madrasahStatus(),
				unit.address(), unit.headName(), unit.parentCode(), unit.instansiCode(), unit.version());
	}

	UnitChange toChange() {
		return new UnitChange(this.code, this.name, this.type, this.madrasahLevel, this.madrasahStatus, this.address,
				this.headName, this.parentCode, this.instansiCode);
	}

	private static String upper(String value) {
		return (value != null) ? value.strip().toUpperCase(Locale.ROOT) : null;
	}

}
