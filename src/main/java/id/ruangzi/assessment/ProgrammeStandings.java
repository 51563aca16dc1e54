package id.ruangzi.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ruangzi.assessment.internal.ItemAnswer;
import id.ruangzi.assessment.internal.TemplateAssembler;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.shared.database.SqlArrays;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch reads of many programmes at once, for the supervisor overview and its recap: one
 * SQL statement per call whatever the number of units, with ranking, sorting and paging
 * done by PostgreSQL over each programme's latest scores ({@code programme_score}, kept
 * by triggers from the daily snapshots and answer changes). Callers pass only units the
 * user may see (the reporting module scopes them with the organisation module first).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeStandings {

	private static final int FALLING_DAYS = 14;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TemplateAssembler templates;

	private final OrganisationApi organisation;

	ProgrammeStandings(JdbcClient jdbc, Clock clock, TemplateAssembler templates, OrganisationApi organisation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.templates = templates;
		this.organisation = organisation;
	}

	/**
	 * A page of the programmes of the given units, ranked by their latest total (ties by
	 * Pengungkit). One SQL statement.
	 * @param query the units, filters and order
	 * @param pageable the page (its sort is ignored: the query's sort decides)
	 * @return the page
	 */
	public Page<ProgrammeStanding> page(StandingQuery query, Pageable pageable) {
		if (query.unitIds().isEmpty()) {
			return Page.empty(pageable);
		}
		long[] found = { 0 };
		String order = query.sort().sql(query.descending());
		List<ProgrammeStanding> rows = this.jdbc.sql(ranked(query) + """
				, t as (select * from k order by\s""" + order + """
				         offset :offset limit :limit)
				select * from (
				    select t.id, t.ord, t.rank, t.found, t.weakest, t.target, t.stage, pr.unit_id, pr.year, pr.deadline,
				           s.total, s.pengungkit, s.hasil, s.area_a, s.area_b, s.area_c, s.area_d, s.area_e, s.area_f,
				           (s.last_answered_at at time zone 'Asia/Jakarta')::date as last_answered,
				           (select b.total from score_snapshot b
				            where b.programme_id = t.id and b.snapshot_date <= :before
				            order by b.snapshot_date desc limit 1) as total_before
				    from t join programme pr on pr.id = t.id
				         left join programme_score s on s.programme_id = t.id) x
				order by\s""" + order)
			.params(params(query))
			.param("before", LocalDate.now(this.clock).minusDays(FALLING_DAYS))
			.param("offset", pageable.getOffset())
			.param("limit", pageable.getPageSize())
			.query((rs, n) -> {
				found[0] = rs.getLong("found");
				return standing(rs);
			})
			.list();
		long total = rows.isEmpty() ? this.count(query) : found[0];
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Counts, average and best scores per group label. One SQL statement.
	 * @param query the units and filters (the sort is ignored)
	 * @return one line per group that has programmes, in the order of the units
	 */
	public List<StandingGroup> groups(StandingQuery query) {
		if (query.unitIds().isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(filtered(query, true) + """
				select p.grp, count(*) as programmes, round(avg(s.total), 2) as avg_total,
				       round(avg(s.pengungkit), 2) as avg_pengungkit, max(s.total) as best_total
				from p left join programme_score s on s.programme_id = p.id
				group by p.grp
				order by min(p.ord)
				""")
			.params(params(query))
			.param("groups", SqlArrays.texts(query.groups()))
			.query((rs, n) -> new StandingGroup(rs.getString("grp"), rs.getLong("programmes"),
					rs.getBigDecimal("avg_total"), rs.getBigDecimal("avg_pengungkit"), rs.getBigDecimal("best_total")))
			.list();
	}

	/**
	 * Every programme of the query's units, year, stage and target, in no order: the
	 * overview sorts the units by columns other modules own from these. One SQL
	 * statement.
	 * @param query the units and filters (the sort is ignored)
	 * @return one line per programme
	 */
	public List<ScopedProgramme> programmes(StandingQuery query) {
		if (query.unitIds().isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(filtered(query) + """
				select p.unit_id, p.id, (s.last_answered_at at time zone 'Asia/Jakarta')::date as last_answered
				from p left join programme_score s on s.programme_id = p.id
				""").params(params(query)).query((rs, n) -> {
			Date last = rs.getDate("last_answered");
			return new ScopedProgramme(rs.getLong("unit_id"), rs.getLong("id"),
					(last != null) ? last.toLocalDate() : null);
		}).list();
	}

	/**
	 * The items each programme has answered: a letter, a survey index or numeric inputs
	 * (what {@code ItemAnswer.toAnswer()} reads; a row with only a note is unanswered).
	 * One SQL statement.
	 * @param programmeIds the programmes, as many as a scope has
	 * @return programme id to its answered item codes; programmes without any are absent
	 */
	public Map<Long, Set<String>> answeredItems(Collection<Long> programmeIds) {
		Map<Long, Set<String>> result = new HashMap<>();
		if (programmeIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select programme_id, array_agg(item_code) as items from answer
				where programme_id = any(cast(:programmes as bigint[]))
				  and (option_letter is not null or survey_index is not null or inputs is not null)
				group by programme_id
				""").param("programmes", SqlArrays.bigints(programmeIds)).query((rs) -> {
			result.put(rs.getLong("programme_id"), Set.of((String[]) rs.getArray("items").getArray()));
		});
		return result;
	}

	/**
	 * The gates of each programme's target predicate, scored from its answers now: two
	 * SQL statements for the whole list. The answers are read as plain rows, not
	 * entities: a page of 50 programmes is 5,000 answers, and managing them as entities
	 * cost more than scoring them.
	 * @param programmeIds the programmes (a page of them, not thousands)
	 * @return programme id to its readiness
	 */
	public Map<Long, ProgrammeReadiness> readiness(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Sheet> sheets = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.unit_id, p.template_id, p.target, a.item_code, a.option_letter, a.survey_index, a.inputs
				from programme p
				left join answer a on a.programme_id = p.id
				     and (a.option_letter is not null or a.survey_index is not null or a.inputs is not null)
				where p.id = any(cast(:ids as bigint[]))
				""").param("ids", SqlArrays.bigints(programmeIds)).query((rs) -> {
			Sheet sheet = sheets.get(rs.getLong("id"));
			if (sheet == null) {
				sheet = new Sheet(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("template_id"),
						Predicate.valueOf(rs.getString("target")), new HashMap<>());
				sheets.put(sheet.programmeId(), sheet);
			}
			String item = rs.getString("item_code");
			if (item != null) {
				sheet.answers()
					.put(item, ItemAnswer.toAnswer(rs.getString("option_letter"), rs.getBigDecimal("survey_index"),
							rs.getString("inputs")));
			}
		});
		Map<Long, String> held = this.organisation
			.heldPredicates(sheets.values().stream().map(Sheet::unitId).distinct().toList());
		Map<Long, ProgrammeReadiness> result = new HashMap<>();
		for (Sheet sheet : sheets.values()) {
			ScoreReport report = this.templates.engine(sheet.templateId())
				.score(new Worksheet(sheet.answers()), Predicate.valueOf(held.getOrDefault(sheet.unitId(), "NONE")));
			Set<String> answered = report.items()
				.stream()
				.filter(ScoreReport.ItemScore::answered)
				.map(ScoreReport.ItemScore::code)
				.collect(Collectors.toSet());
			result.put(sheet.programmeId(),
					new ProgrammeReadiness(sheet.programmeId(), report.readiness(sheet.target()), answered));
		}
		return result;
	}

	/** One programme's answers as a batch read collects them. */
	private record Sheet(long programmeId, long unitId, long templateId, Predicate target,
			Map<String, Answer> answers) {
	}

	private long count(StandingQuery query) {
		return this.jdbc.sql(filtered(query) + "select count(*) from p")
			.params(params(query))
			.query(Long.class)
			.single();
	}

	private static String filtered(StandingQuery query) {
		return filtered(query, false);
	}

	// Only the grouped totals read each unit's group: the other statements do not parse
	// the 10,000 group codes of a national overview.
	private static String filtered(StandingQuery query, boolean grouped) {
		StringBuilder sql = new StringBuilder(grouped ? """
				with u as (select * from unnest(cast(:ids as bigint[]), cast(:groups as text[]))
				           with ordinality as u(unit_id, grp, ord)),
				""" : """
				with u as (select * from unnest(cast(:ids as bigint[])) with ordinality as u(unit_id, ord)),
				""").append("""
				p as (select p.id, p.unit_id, p.year, p.template_id, p.target, p.stage, p.deadline, u.ord
				""").append(grouped ? "             , u.grp\n" : "").append("""
				from programme p join u on u.unit_id = p.unit_id
				where p.year = :year""");
		if (query.stage() != null) {
			sql.append(" and p.stage = :stage");
		}
		if (query.target() != null) {
			sql.append(" and p.target = :target");
		}
		return sql.append(")\n").toString();
	}

	// The weakest area's percent is area score / area weight x 100, as the scoring engine
	// computes it. programme_score stores points only, so the weights are read from the
	// catalogue's lke_area in the same statement (this module already depends on the
	// catalogue for its templates, and a template is read-only once a programme uses
	// it): the sort stays one SQL statement over the whole scope. The overview row shows
	// the weakest area from the live gates instead; the snapshot is rewritten on every
	// save, so the two agree up to the rounding of the stored area scores to 2 decimals.
	// An area of weight 0 has no gate in the engine: nullif drops it (least ignores
	// nulls).
	//
	// The ranking and the sort keys are computed over narrow rows of the whole scope (a
	// country is 10,000 programmes), and the page's 50 rows are joined with their details
	// afterwards: carrying every column through the window and the sort took 40 ms of a
	// national page, the narrow keys 15.
	private static String ranked(StandingQuery query) {
		boolean weakest = query.sort() == StandingSort.WEAKEST;
		return filtered(query) + (weakest ? """
				, w as (select template_id,
				               max(weight) filter (where code = 'A') as a, max(weight) filter (where code = 'B') as b,
				               max(weight) filter (where code = 'C') as c, max(weight) filter (where code = 'D') as d,
				               max(weight) filter (where code = 'E') as e, max(weight) filter (where code = 'F') as f
				        from lke_area group by template_id)
				""" : "") + """
				, k as (select p.id, p.ord, p.target, p.stage, s.total, s.pengungkit,
				""" + (weakest ? """
				               round(least(s.area_a * 100 / nullif(w.a, 0), s.area_b * 100 / nullif(w.b, 0),
				                           s.area_c * 100 / nullif(w.c, 0), s.area_d * 100 / nullif(w.d, 0),
				                           s.area_e * 100 / nullif(w.e, 0), s.area_f * 100 / nullif(w.f, 0)), 2)
				                   as weakest,
				""" : "               cast(null as numeric) as weakest,\n") + """
				               rank() over (order by s.total desc nulls last, s.pengungkit desc nulls last) as rank,
				               count(*) over () as found
				        from p left join programme_score s on s.programme_id = p.id
				""" + (weakest ? "             left join w on w.template_id = p.template_id\n" : "") + ")\n";
	}

	private static Map<String, Object> params(StandingQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", SqlArrays.bigints(query.unitIds()));
		params.put("year", query.year());
		if (query.stage() != null) {
			params.put("stage", query.stage().name());
		}
		if (query.target() != null) {
			params.put("target", query.target().name());
		}
		return params;
	}

	private static ProgrammeStanding standing(ResultSet rs) throws SQLException {
		List<BigDecimal> areas = new ArrayList<>(6);
		if (rs.getBigDecimal("total") != null) {
			for (String column : List.of("area_a", "area_b", "area_c", "area_d", "area_e", "area_f")) {
				areas.add(rs.getBigDecimal(column));
			}
		}
		Date last = rs.getDate("last_answered");
		return new ProgrammeStanding(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year"),
				Predicate.valueOf(rs.getString("target")), Stage.valueOf(rs.getString("stage")),
				rs.getDate("deadline").toLocalDate(), rs.getInt("rank"), rs.getBigDecimal("total"),
				rs.getBigDecimal("pengungkit"), rs.getBigDecimal("hasil"), areas, rs.getBigDecimal("total_before"),
				(last != null) ? last.toLocalDate() : null);
	}

}
