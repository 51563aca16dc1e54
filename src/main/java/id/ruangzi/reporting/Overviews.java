package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import id.ruangzi.actionplan.ProgrammeWork;
import id.ruangzi.actionplan.ProgrammeWorkSummary;
import id.ruangzi.assessment.ProgrammeReadiness;
import id.ruangzi.assessment.ProgrammeStanding;
import id.ruangzi.assessment.ProgrammeStandings;
import id.ruangzi.assessment.StandingGroup;
import id.ruangzi.assessment.StandingQuery;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.assessment.scoring.GateResult;
import id.ruangzi.evidence.EvidenceCoverage;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitListing;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.review.ReviewStatus;
import id.ruangzi.review.ReviewStatuses;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The supervisor overview: every programme of the units a user may see, ranked by total
 * (ties by Pengungkit), with flags. Ranking, sorting and paging run in SQL over the daily
 * snapshots; the other columns are batch-read for the page's programmes only, one
 * statement per module, so a page costs the same number of statements for 5 units or
 * 5,000. A sort by one of those other columns reads it for the whole scope first, again
 * one statement per module ({@link OverviewColumns}).
 */
@Service
public class Overviews {

	static final int NO_ACTIVITY_DAYS = 30;

	private final AccessPolicy policy;

	private final OrganisationApi organisation;

	private final ProgrammeStandings standings;

	private final ProgrammeWorkSummary work;

	private final EvidenceCoverage evidence;

	private final ReviewStatuses reviews;

	private final OverviewColumns columns;

	private final Clock clock;

	Overviews(AccessPolicy policy, OrganisationApi organisation, ProgrammeStandings standings,
			ProgrammeWorkSummary work, EvidenceCoverage evidence, ReviewStatuses reviews, OverviewColumns columns,
			Clock clock) {
		this.policy = policy;
		this.organisation = organisation;
		this.standings = standings;
		this.work = work;
		this.evidence = evidence;
		this.reviews = reviews;
		this.columns = columns;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @param filter the subtree, year, filters and order
	 * @param pageable the page
	 * @return the page of the overview, with totals per parent
	 */
	public OverviewPage overview(CurrentUser user, OverviewFilter filter, Pageable pageable) {
		OverviewScope scoped = scope(user, filter);
		Page<OverviewRow> rows = rows(scoped, pageable);
		List<OverviewGroup> groups = this.standings.groups(scoped.query())
			.stream()
			.map((group) -> group(group, scoped.byCode()))
			.toList();
		return new OverviewPage(scoped.filter(), scoped.underName(), rows, groups);
	}

	/**
	 * Hands every row of the overview to the consumer, a page at a time, so exports never
	 * hold all rows in memory.
	 * @param scoped the units, from {@link #scope}
	 * @param pageSize rows per page
	 * @param consumer receives each row, in order
	 * @return the filter, with the year filled in
	 */
	public OverviewFilter forEachRow(OverviewScope scoped, int pageSize, Consumer<OverviewRow> consumer) {
		Pageable pageable = PageRequest.of(0, pageSize);
		while (true) {
			Page<OverviewRow> page = rows(scoped, pageable);
			page.forEach(consumer);
			if (!page.hasNext()) {
				return scoped.filter();
			}
			pageable = page.nextPageable();
		}
	}

	/**
	 * Resolves the units of an overview: 404 for a subtree outside the user's scope. Done
	 * before an export starts streaming, so that the status can still be an error.
	 * @param user the signed-in user
	 * @param filter the subtree, year, filters and order
	 * @return the units and the SQL query over their programmes
	 */
	public OverviewScope scope(CurrentUser user, OverviewFilter filter) {
		UnitSummary under = (filter.under() != null) ? this.policy.requireUnit(user, Action.VIEW, filter.under())
				: null;
		int year = (filter.year() != null) ? filter.year() : LocalDate.now(this.clock).getYear();
		OverviewFilter effective = new OverviewFilter(filter.under(), year, filter.q(), filter.type(), filter.stage(),
				filter.target(), filter.sort(), filter.desc());
		List<UnitListing> units = new ArrayList<>(this.organisation.unitsInScope(this.policy.scopeOf(user), under));
		Map<String, UnitListing> byCode = new HashMap<>();
		units.forEach((unit) -> byCode.put(unit.code(), unit));
		Map<Long, String> groupOf = groups(units, byCode);
		String q = (filter.q() != null) ? filter.q().toLowerCase(Locale.ROOT) : null;
		units.removeIf((unit) -> (filter.type() != null && unit.type() != filter.type())
				|| (q != null && !unit.name().toLowerCase(Locale.ROOT).contains(q)
						&& !unit.code().toLowerCase(Locale.ROOT).contains(q)));
		// Orders by unit or by columns other modules own are decided here; SQL then
		// keeps this order (the ids' ordinality).
		Comparator<UnitListing> byName = Comparator
			.comparing((UnitListing unit) -> unit.name().toLowerCase(Locale.ROOT));
		if (effective.sort() == StandingSort.UNIT) {
			units.sort(byName);
		}
		else if (effective.sort() == StandingSort.TYPE) {
			units.sort(Comparator.comparing(UnitListing::type).thenComparing(byName));
		}
		else if (effective.sort() == StandingSort.PARENT) {
			units.sort(Comparator.comparing((UnitListing unit) -> parentName(unit, byCode)).thenComparing(byName));
		}
		else if (OverviewColumns.sorts(effective.sort())) {
			this.columns.sort(units, query(units, groupOf, effective), byName);
		}
		StandingQuery query = query(units, groupOf, effective);
		return new OverviewScope(effective, (under != null) ? under.name() : null, query,
				units.stream().collect(java.util.stream.Collectors.toMap(UnitListing::id, (unit) -> unit)), byCode);
	}

	/**
	 * The group of each unit for the grouped totals: the units one level below the point
	 * the overview is seen from. A country (several top units) is grouped by Kanwil, a
	 * Kanwil by Kankemenag; a scope without deeper levels, such as a Kankemenag with its
	 * madrasah, is one group. A unit above the grouping level is its own group.
	 */
	private static Map<Long, String> groups(List<UnitListing> units, Map<String, UnitListing> byCode) {
		Map<Long, String> groups = new HashMap<>();
		if (units.isEmpty()) {
			return groups;
		}
		List<UnitListing> roots = units.stream()
			.filter((unit) -> unit.parentCode() == null || !byCode.containsKey(unit.parentCode()))
			.toList();
		int top = roots.stream().mapToInt(UnitListing::depth).min().orElse(0);
		int deepest = units.stream().mapToInt(UnitListing::depth).max().orElse(0);
		int level = (roots.size() > 1) ? top : Math.max(top, Math.min(top + 1, deepest - 1));
		for (UnitListing unit : units) {
			UnitListing group = unit;
			while (group.depth() > level && group.parentCode() != null && byCode.containsKey(group.parentCode())) {
				group = byCode.get(group.parentCode());
			}
			groups.put(unit.id(), group.code());
		}
		return groups;
	}

	private static StandingQuery query(List<UnitListing> units, Map<Long, String> groupOf, OverviewFilter filter) {
		return new StandingQuery(units.stream().map(UnitListing::id).toList(),
				units.stream().map((unit) -> groupOf.get(unit.id())).toList(), filter.year(), filter.stage(),
				filter.target(), filter.sort(), filter.desc());
	}

	private static String parentName(UnitListing unit, Map<String, UnitListing> byCode) {
		UnitListing parent = (unit.parentCode() != null) ? byCode.get(unit.parentCode()) : null;
		return (parent != null) ? parent.name().toLowerCase(Locale.ROOT) : "";
	}

	private Page<OverviewRow> rows(OverviewScope scoped, Pageable pageable) {
		Page<ProgrammeStanding> page = this.standings.page(scoped.query(), pageable);
		List<Long> ids = page.map(ProgrammeStanding::programmeId).getContent();
		Map<Long, ProgrammeReadiness> readiness = this.standings.readiness(ids);
		Map<Long, ProgrammeWork> work = this.work.of(ids);
		Map<Long, Set<String>> evidenced = this.evidence.itemsWithEvidence(ids);
		Map<Long, ReviewStatus> reviews = this.reviews.of(ids);
		LocalDate today = LocalDate.now(this.clock);
		return page.map((standing) -> row(standing, scoped, readiness.get(standing.programmeId()),
				work.get(standing.programmeId()), evidenced.getOrDefault(standing.programmeId(), Set.of()),
				OverviewColumns.review(reviews.get(standing.programmeId())), today));
	}

	private static OverviewRow row(ProgrammeStanding standing, OverviewScope scoped, ProgrammeReadiness readiness,
			ProgrammeWork work, Set<String> evidenced, ReviewStatus review, LocalDate today) {
		UnitListing unit = scoped.byId().get(standing.unitId());
		UnitListing parent = (unit.parentCode() != null) ? scoped.byCode().get(unit.parentCode()) : null;
		List<GateResult> gates = (readiness != null) ? readiness.gates().gates() : List.of();
		GateResult weakest = gates.stream()
			.filter((gate) -> gate.gate().isAreaGate())
			.min(Comparator.comparing(GateResult::value))
			.orElse(null);
		// Readiness counts the answer rows with a value, the set the coverage sort reads.
		BigDecimal coverage = (readiness != null) ? OverviewColumns.coverage(readiness.answeredItems(), evidenced)
				: null;
		long overdue = OverviewColumns.overdue(work);
		LocalDate last = OverviewColumns.lastActivity(standing.lastAnswered(), work);
		List<Attention> attention = new ArrayList<>();
		if (last == null || last.isBefore(today.minusDays(NO_ACTIVITY_DAYS))) {
			attention.add(Attention.NO_ACTIVITY);
		}
		if (overdue > 0) {
			attention.add(Attention.OVERDUE_TASKS);
		}
		if (standing.falling()) {
			attention.add(Attention.SCORE_FALLING);
		}
		return new OverviewRow(standing.rank(), standing.programmeId(), unit.code(), unit.name(), unit.type(),
				unit.parentCode(), (parent != null) ? parent.name() : unit.parentCode(), standing.target(),
				standing.stage(), standing.total(), standing.pengungkit(), standing.hasil(),
				standing.totalTwoWeeksAgo(), (weakest != null) ? weakest.gate().area() : null,
				(weakest != null) ? weakest.value() : null, coverage, overdue, last, review, gates, attention);
	}

	private static OverviewGroup group(StandingGroup group, Map<String, UnitListing> byCode) {
		String code = group.group().isEmpty() ? null : group.group();
		UnitListing parent = (code != null) ? byCode.get(code) : null;
		return new OverviewGroup(code, (parent != null) ? parent.name() : code, group.programmes(),
				group.averageTotal(), group.averagePengungkit(), group.bestTotal());
	}

}
