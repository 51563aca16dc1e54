package id.ruangzi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.ruangzi.actionplan.ProgrammeWork;
import id.ruangzi.actionplan.ProgrammeWorkSummary;
import id.ruangzi.assessment.ProgrammeStandings;
import id.ruangzi.assessment.ScopedProgramme;
import id.ruangzi.assessment.StandingQuery;
import id.ruangzi.assessment.StandingSort;
import id.ruangzi.evidence.EvidenceCoverage;
import id.ruangzi.organisation.UnitListing;
import id.ruangzi.review.ReviewStatus;
import id.ruangzi.review.ReviewStatuses;

import org.springframework.stereotype.Component;

/**
 * The overview's columns that other modules own (evidence coverage, overdue tasks, last
 * activity, review status): how a row computes them, and the order of a scope's units by
 * them. SQL cannot sort by these, so the units are sorted here and SQL keeps their order.
 * The keys come from the same functions as the row's values, so the order always agrees
 * with the table.
 */
@Component
class OverviewColumns {

	private static final Set<StandingSort> SORTS = EnumSet.of(StandingSort.COVERAGE, StandingSort.OVERDUE,
			StandingSort.ACTIVITY, StandingSort.REVIEW);

	private final ProgrammeStandings standings;

	private final ProgrammeWorkSummary work;

	private final EvidenceCoverage evidence;

	private final ReviewStatuses reviews;

	OverviewColumns(ProgrammeStandings standings, ProgrammeWorkSummary work, EvidenceCoverage evidence,
			ReviewStatuses reviews) {
		this.standings = standings;
		this.work = work;
		this.evidence = evidence;
		this.reviews = reviews;
	}

	/** Whether the sort is by one of these columns. */
	static boolean sorts(StandingSort sort) {
		return SORTS.contains(sort);
	}

	/**
	 * Sorts the units by the query's column, ties by the given order. Reads the column
	 * for every programme of the scope: one statement for the programmes, then one per
	 * module the column needs. Units without a value (or without a programme) go last;
	 * when SQL will reverse the order ({@code descending}), they go first here so they
	 * still end last, as nulls do in the SQL sorts.
	 * @param units the units, sorted in place
	 * @param query the units and filters whose programmes to read; its sort is the column
	 * @param ties the order of units with the same value
	 */
	void sort(List<UnitListing> units, StandingQuery query, Comparator<UnitListing> ties) {
		List<ScopedProgramme> programmes = this.standings.programmes(query);
		List<Long> ids = programmes.stream().map(ScopedProgramme::programmeId).toList();
		boolean nullsFirst = query.descending();
		Comparator<UnitListing> order = switch (query.sort()) {
			case COVERAGE -> {
				Map<Long, Set<String>> answered = this.standings.answeredItems(ids);
				Map<Long, Set<String>> evidenced = this.evidence.itemsWithEvidence(ids);
				yield by(programmes,
						(p) -> coverage(answered.getOrDefault(p.programmeId(), Set.of()),
								evidenced.getOrDefault(p.programmeId(), Set.of())),
						Comparator.<BigDecimal>naturalOrder(), nullsFirst);
			}
			case OVERDUE -> {
				Map<Long, ProgrammeWork> work = this.work.of(ids);
				yield by(programmes, (p) -> overdue(work.get(p.programmeId())), Comparator.<Long>reverseOrder(),
						nullsFirst);
			}
			case ACTIVITY -> {
				Map<Long, ProgrammeWork> work = this.work.of(ids);
				yield by(programmes, (p) -> lastActivity(p.lastAnswered(), work.get(p.programmeId())),
						Comparator.<LocalDate>reverseOrder(), nullsFirst);
			}
			case REVIEW -> {
				Map<Long, ReviewStatus> statuses = this.reviews.of(ids);
				// The order a review goes: not submitted, in review, returned, completed.
				yield by(programmes, (p) -> review(statuses.get(p.programmeId())),
						Comparator.<ReviewStatus>naturalOrder(), nullsFirst);
			}
			default -> throw new IllegalArgumentException("not a column sort: " + query.sort());
		};
		units.sort(order.thenComparing(ties));
	}

	private static <K> Comparator<UnitListing> by(List<ScopedProgramme> programmes, Function<ScopedProgramme, K> key,
			Comparator<K> order, boolean nullsFirst) {
		// A unit has at most one programme a year.
		Map<Long, K> byUnit = new HashMap<>();
		programmes.forEach((programme) -> byUnit.put(programme.unitId(), key.apply(programme)));
		return Comparator.comparing((UnitListing unit) -> byUnit.get(unit.id()),
				nullsFirst ? Comparator.nullsFirst(order) : Comparator.nullsLast(order));
	}

	/**
	 * Answered items with evidence / answered items, in percent to 1 decimal.
	 * @param answered the codes of the programme's answered items
	 * @param evidenced the codes of its items with evidence
	 * @return the coverage, or null when nothing is answered
	 */
	static BigDecimal coverage(Set<String> answered, Set<String> evidenced) {
		if (answered.isEmpty()) {
			return null;
		}
		long covered = answered.stream().filter(evidenced::contains).count();
		return BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(answered.size()), 1, RoundingMode.HALF_UP);
	}

	/** The overdue tasks, 0 for a programme without tasks or activities. */
	static long overdue(ProgrammeWork work) {
		return (work != null) ? work.overdueTasks() : 0;
	}

	/** The later of the last answer change and the last task or activity, or null. */
	static LocalDate lastActivity(LocalDate lastAnswered, ProgrammeWork work) {
		LocalDate touched = (work != null) ? work.lastTouched() : null;
		if (lastAnswered == null) {
			return touched;
		}
		return (touched == null || lastAnswered.isAfter(touched)) ? lastAnswered : touched;
	}

	/**
	 * The review status, {@link ReviewStatus#NOT_SUBMITTED} for a programme never
	 * submitted.
	 */
	static ReviewStatus review(ReviewStatus found) {
		return (found != null) ? found : ReviewStatus.NOT_SUBMITTED;
	}

}
