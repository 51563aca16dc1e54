package id.ruangzi.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import id.ruangzi.assessment.scoring.Area;

import id.ruangzi.shared.time.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A programme's answers and area scores over one month, from the audit trail and the
 * daily snapshots: four SQL statements whatever the number of changes.
 */
@Component
public class MonthlyProgress {

	private static final ZoneId WIB = TimeConfiguration.ZONE;

	private final JdbcClient jdbc;

	MonthlyProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param programmeId the programme
	 * @param month the month
	 * @return per area: items answered at the month's end, items changed in the month
	 */
	public Map<Area, int[]> answers(long programmeId, YearMonth month) {
		OffsetDateTime start = month.atDay(1).atStartOfDay(WIB).toOffsetDateTime();
		OffsetDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(WIB).toOffsetDateTime();
		Map<Area, int[]> result = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			result.put(area, new int[2]);
		}
		// The last change of each item before the month's end tells whether it was
		// answered
		// then; Pengungkit codes carry the area letter third (PPA1A, PRC2B).
		this.jdbc.sql("""
				select substr(item_code, 3, 1) as area, count(*) as answered from (
				    select item_code, new_value,
				           row_number() over (partition by item_code order by changed_at desc, id desc) as rn
				    from answer_change
				    where programme_id = :programme and changed_at < :end and item_code like 'P%'
				) last_change
				where rn = 1 and new_value is not null
				group by substr(item_code, 3, 1)
				""").param("programme", programmeId).param("end", end).query((rs, row) -> {
			result.get(Area.valueOf(rs.getString("area")))[0] = rs.getInt("answered");
			return null;
		}).list();
		this.jdbc.sql("""
				select substr(item_code, 3, 1) as area, count(distinct item_code) as changed
				from answer_change
				where programme_id = :programme and changed_at >= :start and changed_at < :end
				  and item_code like 'P%'
				group by substr(item_code, 3, 1)
				""").param("programme", programmeId).param("start", start).param("end", end).query((rs, row) -> {
			result.get(Area.valueOf(rs.getString("area")))[1] = rs.getInt("changed");
			return null;
		}).list();
		return result;
	}

	/**
	 * @param programmeId the programme
	 * @param before the first day not counted
	 * @return the area scores of the last snapshot before that day, zeros when none
	 */
	public Map<Area, BigDecimal> areaScoresBefore(long programmeId, LocalDate before) {
		Map<Area, BigDecimal> result = new EnumMap<>(Area.class);
		for (Area area : Area.values()) {
			result.put(area, BigDecimal.ZERO.setScale(2));
		}
		this.jdbc.sql("""
				select area_a, area_b, area_c, area_d, area_e, area_f from score_snapshot
				where programme_id = :programme and snapshot_date < :before
				order by snapshot_date desc limit 1
				""").param("programme", programmeId).param("before", before).query((rs, row) -> {
			for (Area area : Area.values()) {
				result.put(area, rs.getBigDecimal("area_" + area.name().toLowerCase()));
			}
			return null;
		}).list();
		return result;
	}

}
