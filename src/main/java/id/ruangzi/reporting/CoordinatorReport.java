package id.ruangzi.reporting;

import java.time.YearMonth;
import java.util.List;

import id.ruangzi.assessment.ProgrammeView;

/**
 * Capaian kinerja pokja: every pokja of a programme over one month.
 *
 * @param programme the programme
 * @param month the month reported
 * @param months the months one may choose, January to December of the programme's year
 * @param lines one line per pokja, in area order
 */
public record CoordinatorReport(ProgrammeView programme, YearMonth month, List<YearMonth> months,
		List<PokjaMonthLine> lines) {

	public CoordinatorReport {
		months = List.copyOf(months);
		lines = List.copyOf(lines);
	}

}
