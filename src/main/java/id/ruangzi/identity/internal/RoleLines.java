package id.ruangzi.identity.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.identity.RoleGrant;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;

import org.springframework.stereotype.Component;

/**
 * Turns role grants into lines with unit codes and names, with one unit query for any
 * number of people.
 */
@Component
class RoleLines {

	private static final Comparator<RoleLine> ORDER = Comparator.comparing(RoleLine::role)
		.thenComparing((line) -> Objects.toString(line.unitName(), ""));

	private final OrganisationApi organisation;

	RoleLines(OrganisationApi organisation) {
		this.organisation = organisation;
	}

	Map<Long, List<RoleLine>> byUser(Collection<GrantRow> grants) {
		Map<Long, UnitSummary> units = units(grants.stream().map(GrantRow::unitId).toList());
		return grants.stream()
			.collect(Collectors.groupingBy(GrantRow::userId,
					Collectors.mapping((grant) -> line(grant.role(), units.get(grant.unitId())), Collectors
						.collectingAndThen(Collectors.toList(), (lines) -> lines.stream().sorted(ORDER).toList()))));
	}

	List<RoleLine> of(Collection<RoleGrant> grants) {
		Map<Long, UnitSummary> units = units(grants.stream().map(RoleGrant::unitId).toList());
		return grants.stream().map((grant) -> line(grant.role(), units.get(grant.unitId()))).sorted(ORDER).toList();
	}

	private Map<Long, UnitSummary> units(List<Long> ids) {
		List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (present.isEmpty()) {
			return Map.of();
		}
		return this.organisation.findUnits(present)
			.stream()
			.collect(Collectors.toMap(UnitSummary::id, Function.identity()));
	}

	private static RoleLine line(id.ruangzi.identity.Role role, UnitSummary unit) {
		return new RoleLine(role, (unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null);
	}

}
