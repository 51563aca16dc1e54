package id.ruangzi.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.PokjaTaskMonth;
import id.ruangzi.actionplan.TaskStatistics;
import id.ruangzi.assessment.AreaProgress;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator report (capaian kinerja pokja) that the field reports ask coordinators
 * to deliver each month: per pokja, tasks planned, done and overdue, the area's items
 * answered and its score change. Everyone who may see the programme may read it.
 */
@Service
@Transactional(readOnly = true)
public class CoordinatorReports {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskStatistics tasks;

	private final Clock clock;

	CoordinatorReports(AssessmentApi assessment, PokjaApi pokja, TaskStatistics tasks, Clock clock) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param month the month, or null for the current one (clamped to the programme's
	 * year)
	 * @return the report
	 */
	public CoordinatorReport report(CurrentUser user, long programmeId, YearMonth month) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		YearMonth chosen = (month != null) ? month : defaultMonth(programme.year());
		if (chosen.getYear() != programme.year()) {
			throw new InvalidInputException(
					"month: choose a month of " + programme.year() + ", the programme's year (was " + chosen + ")");
		}
		Map<String, AreaProgress> areas = this.assessment.areaProgress(user, programmeId, chosen)
			.stream()
			.collect(Collectors.toMap((line) -> line.area().name(), Function.identity()));
		Map<Long, PokjaTaskMonth> counts = this.tasks.byPokja(programmeId, chosen);
		List<PokjaMonthLine> lines = new ArrayList<>();
		for (PokjaView one : this.pokja.pokjaOf(programmeId)) {
			lines.add(new PokjaMonthLine(one, counts.getOrDefault(one.id(), PokjaTaskMonth.none(one.id())),
					areas.get(one.areaCode()), one.hasMember(user.id())));
		}
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(programme.year(), m));
		}
		return new CoordinatorReport(programme, chosen, months, lines);
	}

	private YearMonth defaultMonth(int year) {
		YearMonth now = YearMonth.now(this.clock);
		if (now.getYear() == year) {
			return now;
		}
		return (now.getYear() < year) ? YearMonth.of(year, 1) : YearMonth.of(year, 12);
	}

}
